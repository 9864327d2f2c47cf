<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>CounsellingPage</name>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="62"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="63"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="64"/>
        <source>This is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="65"/>
        <source>Please check what you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="66"/>
        <source>We cannot call this number. Write it like 070-123 45 67 or +46 70 123 45 67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="68"/>
        <source>Please choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="69"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="70"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="71"/>
        <source>Please check this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="78"/>
        <source>This device is not ready to take applications. Please call family counselling instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="81"/>
        <source>Your application could not be saved. Please call family counselling instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="83"/>
        <source>Something went wrong. Please try again, or call family counselling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="134"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="152"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="153"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="160"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="161"/>
        <source>Start again and clear everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="230"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1104"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="231"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="863"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1104"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1124"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1131"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="369"/>
        <source>Single session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="369"/>
        <source>A time that has become free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="395"/>
        <source>Call us by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="396"/>
        <source>Write to us by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="397"/>
        <source>I will call you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="540"/>
        <source>Family counselling: apply here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="541"/>
        <source>Choose your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="555"/>
        <source>How can we reach you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="556"/>
        <source>We contact you to give you a time. You can also call us yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="568"/>
        <source>Call me on my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="569"/>
        <source>Write to me by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="570"/>
        <source>I will call you myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="598"/>
        <source>Who is applying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="600"/>
        <source>Write the first name and an e-mail address of one adult. You can add one more adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="601"/>
        <source>Write the first name and a phone number of one adult. You can add one more adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="620"/>
        <source>Adult 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="625"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="693"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="635"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="703"/>
        <source>Last name (if you want)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="646"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1117"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="658"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1117"/>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="675"/>
        <source>Add one more adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="688"/>
        <source>Adult 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="714"/>
        <source>Phone number (if you want)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="725"/>
        <source>E-mail address (if you want)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="746"/>
        <source>When will you call us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="747"/>
        <source>Choose a day and a time. You do not have to give your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="761"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="783"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="796"/>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="815"/>
        <source>Two questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="816"/>
        <source>Families with small children and people in an acute crisis get a time sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="828"/>
        <source>Do small children live with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="835"/>
        <source>Are you in an acute crisis right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="847"/>
        <source>Do you need an interpreter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="848"/>
        <source>Family counselling talks with you in Swedish, or with an interpreter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="861"/>
        <source>An interpreter at the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="862"/>
        <source>Yes, I need one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="874"/>
        <source>In which language?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="893"/>
        <source>Interpreter in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="912"/>
        <source>Where would you like to go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="913"/>
        <source>The city&apos;s family counselling, or an organisation that works with the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="926"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1125"/>
        <source>It does not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="937"/>
        <source>%1 (an organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="955"/>
        <source>One conversation soon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="956"/>
        <source>Everyone can get one single conversation within one or two weeks. After it, you can stay in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="965"/>
        <source>Do you want a single conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="976"/>
        <source>Free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="978"/>
        <source>You can ask for one of these times now. We confirm it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="979"/>
        <source>There are no free times right now. We will contact you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="992"/>
        <source>None of these times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1006"/>
        <source>Ask for this time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1024"/>
        <source>Your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1025"/>
        <source>We save your application so that family counselling can contact you. Only family counselling can read your names and how to reach you. We do not share them with other parts of social services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1040"/>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1131"/>
        <source>Yes, I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1041"/>
        <source>I agree that family counselling saves my application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1079"/>
        <source>Without your consent we cannot take the application. You can call family counselling instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1094"/>
        <source>Is this right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1095"/>
        <source>Check your answers. Go back to change something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1096"/>
        <source>Send my application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1105"/>
        <source>How we reach you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1107"/>
        <source>You will call us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1115"/>
        <source>Adult %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1120"/>
        <source>Small children at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1121"/>
        <source>Acute crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1122"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1123"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1125"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1127"/>
        <source>Single conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1129"/>
        <source>Time you ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1130"/>
        <source>No time chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1131"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1186"/>
        <source>Thank you! Your application has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1192"/>
        <source>Your reference code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1206"/>
        <source>Your reference code is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1213"/>
        <source>Write this code down. Say it if you call us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1220"/>
        <source>The time you chose was taken just now. We will contact you about another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="1228"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard</name>
    <message>
        <location filename="../components/IdleGuard.qml" line="65"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/IdleGuard.qml" line="69"/>
        <source>Everything you entered will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/IdleGuard.qml" line="76"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="62"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="63"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="64"/>
        <source>This is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="65"/>
        <source>Please use only letters, and spaces between names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="66"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="67"/>
        <source>Please check this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="75"/>
        <source>The kiosk could not save your visit. Please ask the staff at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="77"/>
        <source>Something went wrong. Please ask the staff at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="138"/>
        <location filename="../pages/kiosk/KioskPage.qml" line="139"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="146"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="265"/>
        <source>Welcome! Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="266"/>
        <source>Touch your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="280"/>
        <source>What do you need help with today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="281"/>
        <source>That service is not open now. Please choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="282"/>
        <source>Touch a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="338"/>
        <source>No service is open today. Please ask the staff at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="347"/>
        <source>Is this your first visit to Welcome House?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="357"/>
        <source>Yes, this is my first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="358"/>
        <source>No, I have been here before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="359"/>
        <source>I don&apos;t want to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="384"/>
        <source>What is your first name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="385"/>
        <source>You do not have to write it. We call you by your number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="396"/>
        <source>First name (if you want)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="416"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="417"/>
        <source>Skip the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="429"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="441"/>
        <source>Do you need an interpreter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="453"/>
        <source>No, I do not need an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="460"/>
        <source>Yes, an interpreter in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="475"/>
        <source>Interpreter in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="495"/>
        <source>Get my ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="531"/>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="542"/>
        <source>Your number is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/kiosk/KioskPage.qml" line="551"/>
        <source>About %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="552"/>
        <source>You will be called soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/kiosk/KioskPage.qml" line="560"/>
        <source>%n person(s) before you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="561"/>
        <source>You are next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="566"/>
        <source>Please sit down. Your number will be shown on the screen when it is your turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="574"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="23"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Main.qml" line="72"/>
        <source>This device cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../components/Messages.qml" line="10"/>
        <source>Please check the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="11"/>
        <source>The device is full. Nothing was lost, but nothing new can be saved. Please tell the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="12"/>
        <source>This device&apos;s data cannot be opened with its key. Nothing was changed. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="13"/>
        <source>This device&apos;s data is damaged. Ask IT to restore it from the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="14"/>
        <source>Intake is already running on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="16"/>
        <source>The device could not save. Nothing was lost. Please try again or tell the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="17"/>
        <source>Nobody is waiting in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="18"/>
        <source>Someone else changed this at the same time. Look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="19"/>
        <source>This device has no key for its data. Ask IT to enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="20"/>
        <source>The device&apos;s key store is locked or unavailable. Nothing was changed. Try again, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="21"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="22"/>
        <source>Too many wrong PINs. Please wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="23"/>
        <source>Too many wrong PINs: the keys on this tablet were erased. Ask IT to enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="24"/>
        <source>The PIN must have at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="25"/>
        <source>The PIN may only contain digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="26"/>
        <source>A PIN is already set on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="27"/>
        <source>Unlock the tablet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="28"/>
        <source>Registration is not available on this device yet. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="30"/>
        <source>The central service refused this device. Ask IT to check its enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="31"/>
        <source>The central service could not be verified. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="34"/>
        <source>The central service cannot be reached. Everything is kept on this device and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="35"/>
        <source>Something went wrong (%1). Nothing that was saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="42"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/Messages.qml" line="43"/>
        <source>Too long: at most %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/Messages.qml" line="44"/>
        <source>Too short: at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="45"/>
        <source>This contains characters that cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="46"/>
        <source>This is not a phone number we can call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="47"/>
        <source>This is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="48"/>
        <source>This date is not possible here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="49"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="50"/>
        <source>This number is outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="51"/>
        <source>This does not fit with another answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="52"/>
        <source>Please check this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="58"/>
        <source>Centrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="59"/>
        <source>Hisingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="60"/>
        <source>Nordost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="61"/>
        <source>Sydväst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="67"/>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="68"/>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="69"/>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="70"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="76"/>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="77"/>
        <source>66 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="78"/>
        <source>Age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="79"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="84"/>
        <source>A place to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="85"/>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="86"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="102"/>
        <source>Health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="87"/>
        <source>Alcohol or drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="88"/>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="89"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="90"/>
        <source>Documents, ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="91"/>
        <source>Contact with authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="92"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="93"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="99"/>
        <source>Social services intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="100"/>
        <source>Addiction services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="101"/>
        <source>Housing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="103"/>
        <source>Children and young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="104"/>
        <source>Public Employment Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="105"/>
        <source>Migration Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="106"/>
        <source>Another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="112"/>
        <source>Overnight place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="113"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="114"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="673"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="115"/>
        <source>Report of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="121"/>
        <source>Changed on two tablets at the same time. Someone must decide which is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="122"/>
        <source>The place was given twice. The first one was kept: the other person needs another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="123"/>
        <source>The central service did not accept it. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="130"/>
        <source>This is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/outreach/OutreachPage.qml" line="131"/>
        <source>At most %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/outreach/OutreachPage.qml" line="132"/>
        <source>At least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="133"/>
        <source>Some characters cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="134"/>
        <source>Not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="135"/>
        <source>Outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="136"/>
        <source>Does not fit with another answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="152"/>
        <source>Some answers are missing or not valid: see the red text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="153"/>
        <source>The tablet is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="154"/>
        <source>The tablet&apos;s storage is full. Nothing was lost. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="155"/>
        <source>That could not be saved (%1). Try again; if it keeps happening, ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="230"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="231"/>
        <source>Back to the home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="236"/>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/outreach/OutreachPage.qml" line="243"/>
        <source>%n contact(s) today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="251"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="252"/>
        <source>Lock the tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="383"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="396"/>
        <source>The PIN must be 6 to 64 digits (0–9), nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="387"/>
        <source>The two PINs are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="397"/>
        <source>The PIN could not be set (%1). Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="408"/>
        <source>Choose a staff PIN for this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="412"/>
        <source>At least 6 digits. You need it every time the tablet has locked itself. Do not use a PIN that is easy to guess, such as 123456 or your birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="418"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="427"/>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="441"/>
        <source>Set the PIN and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/outreach/OutreachPage.qml" line="474"/>
        <source>Wrong PIN. %n more wrong PIN(s) and the tablet erases its keys.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="477"/>
        <source>Too many wrong PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="481"/>
        <source>Too many wrong PINs: this tablet&apos;s keys have been erased. Nothing can be opened on it any more. Ask IT to set it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="485"/>
        <source>The PIN has at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="488"/>
        <source>The tablet could not be opened (%1). Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="524"/>
        <source>The tablet is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="528"/>
        <source>Enter your staff PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/outreach/OutreachPage.qml" line="537"/>
        <source>%n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/outreach/OutreachPage.qml" line="548"/>
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="586"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="587"/>
        <source>Erase the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="604"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="605"/>
        <source>Unlock with this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="647"/>
        <source>Quick contact
(no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="648"/>
        <source>Quick contact without names: choose the area, then how many people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="656"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="823"/>
        <source>Contact with a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="664"/>
        <source>Tonight&apos;s places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="665"/>
        <source>Tonight&apos;s overnight places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="674"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="1240"/>
        <source>Referral to another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="682"/>
        <source>Concern about a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="683"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="1385"/>
        <source>Report of concern about a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="691"/>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="692"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="1492"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="707"/>
        <source>Where did you meet them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/outreach/OutreachPage.qml" line="746"/>
        <source>Saved at %1: %n person(s) met in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="753"/>
        <source>How many people? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="773"/>
        <source>5+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="774"/>
        <source>5 or more people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/outreach/OutreachPage.qml" line="774"/>
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="781"/>
        <source>Saved at once, with no names. &quot;5+&quot; is saved as 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="818"/>
        <source>Saved at %1: a contact with a person in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="840"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="870"/>
        <source>Alias (what they call themselves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="880"/>
        <source>Name (only with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="890"/>
        <source>Person code (if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="894"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="1180"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="1268"/>
        <source>4 to 16 capital letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="898"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="915"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="932"/>
        <source>Needs (all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="950"/>
        <source>Place (optional, e.g. &quot;Nils Ericson terminal&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="958"/>
        <source>The person agrees that these details are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="966"/>
        <source>A name can only be saved with the person&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="978"/>
        <source>Give an alias or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="987"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="1345"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="1463"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="993"/>
        <source>Save the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1037"/>
        <source>Place %1 is given for tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1049"/>
        <source>Tonight&apos;s places (night of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1069"/>
        <source>%1 places: %2 of %3 field places free, %4 of %5 duty-team places free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1083"/>
        <source>Warning: place %1 was given to two people on different tablets. Call the duty team and decide who gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1090"/>
        <source>Warning: place %1 had been given twice; the first one was kept. The other person needs another place tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1113"/>
        <source>Check!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1114"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1115"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1115"/>
        <source>Duty team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1122"/>
        <source>Place %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1123"/>
        <source>duty team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1123"/>
        <source>field workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1159"/>
        <source>Place %1 needs checking: see the warning above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1161"/>
        <source>Place %1 is already given tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1163"/>
        <source>Place %1 is given by the out-of-hours duty team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1164"/>
        <source>Give place %1 for tonight (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1165"/>
        <source>with an assistance decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1165"/>
        <source>without an assistance decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1177"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="1265"/>
        <source>Person code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1188"/>
        <location filename="../pages/outreach/OutreachPage.qml" line="1276"/>
        <source>Alias (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1197"/>
        <source>Give the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1205"/>
        <source>This place is already given tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1235"/>
        <source>Saved at %1: the referral to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1286"/>
        <source>Caseworker (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1292"/>
        <source>To which unit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1295"/>
        <source>Choose a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1318"/>
        <source>Why (what the person needs help with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1325"/>
        <source>The person agrees that we contact this unit about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1336"/>
        <source>A referral needs the person&apos;s consent. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1351"/>
        <source>Save the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1378"/>
        <source>Report of concern sent at %1. Reference: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1379"/>
        <source>Report of concern sent at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1389"/>
        <source>Report what you saw or heard. The report goes to social services the next time the tablet syncs, and it cannot be changed or deleted here afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1414"/>
        <source>The child&apos;s age (if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1417"/>
        <source>An age from 0 to 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1423"/>
        <source>Area (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1446"/>
        <source>What worries you about the child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1448"/>
        <source>Describe the concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1469"/>
        <source>Send the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1496"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1497"/>
        <source>Update the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="1505"/>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="84"/>
        <source>Nobody is waiting for this service right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="85"/>
        <source>This visit is no longer in the queue. The list has been updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="87"/>
        <source>That cannot be done with this visit now. Another desk may already have marked it. The list has been updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="89"/>
        <source>Another desk changed this visit at the same moment. The list has been updated: please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="91"/>
        <source>The tablet&apos;s storage is full. Nothing was lost. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="93"/>
        <source>Something is missing: choose a service and a language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="95"/>
        <source>That did not work (%1). Try again; if it keeps happening, ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="122"/>
        <source>Call ticket %1 to desk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="126"/>
        <source>Ticket %1 called again to desk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="131"/>
        <source>Ticket %1 has been served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="136"/>
        <source>Ticket %1 left without service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="141"/>
        <source>Ticket %1 did not come when called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="146"/>
        <source>Ticket %1 moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="151"/>
        <source>New ticket %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="199"/>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="206"/>
        <source>Register walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="215"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="227"/>
        <source>Today: %1 visits · %2 waiting · %3 at a desk · %4 served · %5 left · %6 did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="278"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="279"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="292"/>
        <source>No service runs today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/reception/ReceptionPage.qml" line="356"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/reception/ReceptionPage.qml" line="357"/>
        <source>%n at a desk</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/reception/ReceptionPage.qml" line="358"/>
        <source>longest wait %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="370"/>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="371"/>
        <source>Call next for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="392"/>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="432"/>
        <source>At desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="432"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/reception/ReceptionPage.qml" line="434"/>
        <source>Waited %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="437"/>
        <location filename="../pages/reception/ReceptionPage.qml" line="732"/>
        <source>Interpreter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="439"/>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="441"/>
        <source>Registered at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="446"/>
        <location filename="../pages/reception/ReceptionPage.qml" line="558"/>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="479"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="480"/>
        <source>Actions for ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="494"/>
        <location filename="../pages/reception/ReceptionPage.qml" line="572"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="495"/>
        <source>Ticket %1 was served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="500"/>
        <location filename="../pages/reception/ReceptionPage.qml" line="578"/>
        <source>Call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="501"/>
        <source>Call ticket %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="506"/>
        <location filename="../pages/reception/ReceptionPage.qml" line="584"/>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="507"/>
        <source>Ticket %1 did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="562"/>
        <source>Called to a desk, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="563"/>
        <source>Waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="589"/>
        <source>Left without service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="595"/>
        <source>Move to another service (keeps the ticket and the place in the queue):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="607"/>
        <source>Move ticket %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="615"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="662"/>
        <source>Register a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="667"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="689"/>
        <source>Language the visitor speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="711"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="720"/>
        <source>No interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="756"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="765"/>
        <source>Give a ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="31"/>
        <source>Set up this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="42"/>
        <source>Enter the admin PIN to change this device&apos;s setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="43"/>
        <source>First start: choose an admin PIN (at least 6 digits). IT keeps it; the setup screen asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="48"/>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="56"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="56"/>
        <source>Choose this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="72"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="79"/>
        <source>Welcome House kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="80"/>
        <source>Welcome House reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="81"/>
        <source>Family counselling self-registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="82"/>
        <source>Outreach tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="97"/>
        <source>Device name (lower case letters, digits and dashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="104"/>
        <source>Site (Welcome House)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="111"/>
        <source>Ticket slot of this device at its site (1, 2, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="119"/>
        <source>Outreach team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="126"/>
        <source>Staff id of the person using this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="133"/>
        <source>Central service (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="141"/>
        <source>Sync user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="147"/>
        <source>Sync password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="156"/>
        <source>Save and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="165"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="171"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="62"/>
        <source>No export folder is set up on this tablet. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="67"/>
        <source>Saved %1 and %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="71"/>
        <source>The export folder %1 does not exist. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="72"/>
        <source>The export did not work (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="100"/>
        <source>Back to the queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="106"/>
        <source>Statistics December %1 – November %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="111"/>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="116"/>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="123"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="124"/>
        <source>Export the report as CSV and JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="150"/>
        <source>The whole year: %1 visits by %2 visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="151"/>
        <source>The statistics could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="161"/>
        <source>Dark blue bars: visits. Orange bars: visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="163"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="166"/>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="207"/>
        <location filename="../pages/reception/StatisticsPage.qml" line="246"/>
        <source>%1: %2 visits, %3 visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="303"/>
        <source>No visits were recorded in this year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../components/SyncStatusBar.qml" line="19"/>
        <source>Sync is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SyncStatusBar.qml" line="21"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SyncStatusBar.qml" line="22"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SyncStatusBar.qml" line="22"/>
        <source>Offline: everything is saved on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SyncStatusBar.qml" line="26"/>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SyncStatusBar.qml" line="27"/>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/SyncStatusBar.qml" line="32"/>
        <location filename="../components/SyncStatusBar.qml" line="57"/>
        <source>%n record(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/SyncStatusBar.qml" line="33"/>
        <location filename="../components/SyncStatusBar.qml" line="73"/>
        <source>%n need(s) attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
