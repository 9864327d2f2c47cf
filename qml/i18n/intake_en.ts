<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CounsellingPage</name>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="+62"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation>This is too long. Use at most %1 letters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too short.</source>
        <translation>This is too short.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check what you wrote.</source>
        <translation>Please check what you wrote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We cannot call this number. Write it like 070-123 45 67 or +46 70 123 45 67.</source>
        <translation>We cannot call this number. Write it like 070-123 45 67 or +46 70 123 45 67.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose another time.</source>
        <translation>Please choose another time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation>Please choose one of the options.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Please check this answer.</source>
        <translation>Please check this answer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not ready to take applications. Please call family counselling instead.</source>
        <translation>This device is not ready to take applications. Please call family counselling instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application could not be saved. Please call family counselling instead.</source>
        <translation>Your application could not be saved. Please call family counselling instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again, or call family counselling.</source>
        <translation>Something went wrong. Please try again, or call family counselling.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and clear everything</source>
        <translation>Start again and clear everything</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+919"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-918"/>
        <location line="+650"/>
        <location line="+268"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-791"/>
        <source>Single session</source>
        <translation>Single session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A time that has become free</source>
        <translation>A time that has become free</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Family counselling: apply here</source>
        <translation>Family counselling: apply here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your language.</source>
        <translation>Choose your language.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How can we reach you?</source>
        <translation>How can we reach you?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contact you to give you a time. You can also call us yourself.</source>
        <translation>We contact you to give you a time. You can also call us yourself.</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+173"/>
        <source>Call me on my phone</source>
        <translation>Call me on my phone</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>Write to me by e-mail</source>
        <translation>Write to me by e-mail</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>I will call you myself</source>
        <translation>I will call you myself</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Who is applying?</source>
        <translation>Who is applying?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the first name and an e-mail address of one adult. You can add one more adult.</source>
        <translation>Write the first name and an e-mail address of one adult. You can add one more adult.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the first name and a phone number of one adult. You can add one more adult.</source>
        <translation>Write the first name and a phone number of one adult. You can add one more adult.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adult 1</source>
        <translation>Adult 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+67"/>
        <source>Last name (if you want)</source>
        <translation>Last name (if you want)</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+499"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="-487"/>
        <location line="+487"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>Add one more adult</source>
        <translation>Add one more adult</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adult 2</source>
        <translation>Adult 2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Phone number (if you want)</source>
        <translation>Phone number (if you want)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail address (if you want)</source>
        <translation>E-mail address (if you want)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When will you call us?</source>
        <translation>When will you call us?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day and a time. You do not have to give your name.</source>
        <translation>Choose a day and a time. You do not have to give your name.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1</source>
        <translation>At %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Two questions</source>
        <translation>Two questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families with small children and people in an acute crisis get a time sooner.</source>
        <translation>Families with small children and people in an acute crisis get a time sooner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do small children live with you?</source>
        <translation>Do small children live with you?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Are you in an acute crisis right now?</source>
        <translation>Are you in an acute crisis right now?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you need an interpreter?</source>
        <translation>Do you need an interpreter?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family counselling talks with you in Swedish, or with an interpreter.</source>
        <translation>Family counselling talks with you in Swedish, or with an interpreter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An interpreter at the meetings</source>
        <translation>An interpreter at the meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need one</source>
        <translation>Yes, I need one</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In which language?</source>
        <translation>In which language?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Interpreter in %1</source>
        <translation>Interpreter in %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where would you like to go?</source>
        <translation>Where would you like to go?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city&apos;s family counselling, or an organisation that works with the city.</source>
        <translation>The city&apos;s family counselling, or an organisation that works with the city.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+226"/>
        <source>It does not matter</source>
        <translation>It does not matter</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>%1 (an organisation)</source>
        <translation>%1 (an organisation)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One conversation soon?</source>
        <translation>One conversation soon?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone can get one single conversation within one or two weeks. After it, you can stay in the queue.</source>
        <translation>Everyone can get one single conversation within one or two weeks. After it, you can stay in the queue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do you want a single conversation?</source>
        <translation>Do you want a single conversation?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Free times</source>
        <translation>Free times</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can ask for one of these times now. We confirm it with you.</source>
        <translation>You can ask for one of these times now. We confirm it with you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no free times right now. We will contact you.</source>
        <translation>There are no free times right now. We will contact you.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of these times</source>
        <translation>None of these times</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ask for this time: %1</source>
        <translation>Ask for this time: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your consent</source>
        <translation>Your consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We save your application so that family counselling can contact you. Only family counselling can read your names and how to reach you. We do not share them with other parts of social services.</source>
        <translation>We save your application so that family counselling can contact you. Only family counselling can read your names and how to reach you. We do not share them with other parts of social services.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>Yes, I agree</source>
        <translation>Yes, I agree</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>I agree that family counselling saves my application</source>
        <translation>I agree that family counselling saves my application</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Without your consent we cannot take the application. You can call family counselling instead.</source>
        <translation>Without your consent we cannot take the application. You can call family counselling instead.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Is this right?</source>
        <translation>Is this right?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your answers. Go back to change something.</source>
        <translation>Check your answers. Go back to change something.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my application</source>
        <translation>Send my application</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How we reach you</source>
        <translation>How we reach you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will call us</source>
        <translation>You will call us</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adult %1</source>
        <translation>Adult %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small children at home</source>
        <translation>Small children at home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acute crisis</source>
        <translation>Acute crisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single conversation</source>
        <translation>Single conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time you ask for</source>
        <translation>Time you ask for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time chosen</source>
        <translation>No time chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Thank you! Your application has been sent.</source>
        <translation>Thank you! Your application has been sent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your reference code:</source>
        <translation>Your reference code:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your reference code is %1</source>
        <translation>Your reference code is %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write this code down. Say it if you call us.</source>
        <translation>Write this code down. Say it if you call us.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time you chose was taken just now. We will contact you about another time.</source>
        <translation>The time you chose was taken just now. We will contact you about another time.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>IdleGuard</name>
    <message>
        <location filename="../components/IdleGuard.qml" line="+69"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Everything you entered will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Everything you entered will be cleared in %n second.</numerusform>
            <numerusform>Everything you entered will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="+62"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation>This is too long. Use at most %1 letters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too short.</source>
        <translation>This is too short.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please use only letters, and spaces between names.</source>
        <translation>Please use only letters, and spaces between names.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation>Please choose one of the options.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check this answer.</source>
        <translation>Please check this answer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk could not save your visit. Please ask the staff at the desk.</source>
        <translation>The kiosk could not save your visit. Please ask the staff at the desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please ask the staff at the desk.</source>
        <translation>Something went wrong. Please ask the staff at the desk.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Welcome! Choose your language</source>
        <translation>Welcome! Choose your language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch your language.</source>
        <translation>Touch your language.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What do you need help with today?</source>
        <translation>What do you need help with today?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That service is not open now. Please choose again.</source>
        <translation>That service is not open now. Please choose again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture.</source>
        <translation>Touch a picture.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No service is open today. Please ask the staff at the desk.</source>
        <translation>No service is open today. Please ask the staff at the desk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Is this your first visit to Welcome House?</source>
        <translation>Is this your first visit to Welcome House?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes, this is my first visit</source>
        <translation>Yes, this is my first visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, I have been here before</source>
        <translation>No, I have been here before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t want to answer</source>
        <translation>I don&apos;t want to answer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What is your first name?</source>
        <translation>What is your first name?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do not have to write it. We call you by your number.</source>
        <translation>You do not have to write it. We call you by your number.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First name (if you want)</source>
        <translation>First name (if you want)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the name</source>
        <translation>Skip the name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you need an interpreter?</source>
        <translation>Do you need an interpreter?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No, I do not need an interpreter</source>
        <translation>No, I do not need an interpreter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, an interpreter in:</source>
        <translation>Yes, an interpreter in:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Interpreter in %1</source>
        <translation>Interpreter in %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Get my ticket</source>
        <translation>Get my ticket</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your number is %1</source>
        <translation>Your number is %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will be called soon</source>
        <translation>You will be called soon</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s) before you</source>
        <translation>
            <numerusform>%n person before you</numerusform>
            <numerusform>%n people before you</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are next</source>
        <translation>You are next</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please sit down. Your number will be shown on the screen when it is your turn.</source>
        <translation>Please sit down. Your number will be shown on the screen when it is your turn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="+25"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../components/Messages.qml" line="+10"/>
        <source>Please check the marked fields.</source>
        <translation>Please check the marked fields.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is full. Nothing was lost, but nothing new can be saved. Please tell the staff.</source>
        <translation>The device is full. Nothing was lost, but nothing new can be saved. Please tell the staff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s data cannot be opened with its key. Nothing was changed. Ask IT for help.</source>
        <translation>This device&apos;s data cannot be opened with its key. Nothing was changed. Ask IT for help.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s data is damaged. Ask IT to restore it from the central service.</source>
        <translation>This device&apos;s data is damaged. Ask IT to restore it from the central service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake is already running on this device.</source>
        <translation>Intake is already running on this device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device could not save. Nothing was lost. Please try again or tell the staff.</source>
        <translation>The device could not save. Nothing was lost. Please try again or tell the staff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is waiting in this queue.</source>
        <translation>Nobody is waiting in this queue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this at the same time. Look again and retry.</source>
        <translation>Someone else changed this at the same time. Look again and retry.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has no key for its data. Ask IT to enrol it again.</source>
        <translation>This device has no key for its data. Ask IT to enrol it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device&apos;s key store is locked or unavailable. Nothing was changed. Try again, or ask IT.</source>
        <translation>The device&apos;s key store is locked or unavailable. Nothing was changed. Try again, or ask IT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. Please wait before trying again.</source>
        <translation>Too many wrong PINs. Please wait before trying again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs: the keys on this tablet were erased. Ask IT to enrol it again.</source>
        <translation>Too many wrong PINs: the keys on this tablet were erased. Ask IT to enrol it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have at least 6 digits.</source>
        <translation>The PIN must have at least 6 digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN may only contain digits.</source>
        <translation>The PIN may only contain digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is already set on this device.</source>
        <translation>A PIN is already set on this device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the tablet first.</source>
        <translation>Unlock the tablet first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration is not available on this device yet. Please ask the staff.</source>
        <translation>Registration is not available on this device yet. Please ask the staff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central service refused this device. Ask IT to check its enrolment.</source>
        <translation>The central service refused this device. Ask IT to check its enrolment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The central service could not be verified. Nothing was sent.</source>
        <translation>The central service could not be verified. Nothing was sent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central service cannot be reached. Everything is kept on this device and sent later.</source>
        <translation>The central service cannot be reached. Everything is kept on this device and sent later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong (%1). Nothing that was saved is lost.</source>
        <translation>Something went wrong (%1). Nothing that was saved is lost.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>Too long: at most %n character.</numerusform>
            <numerusform>Too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contains characters that cannot be used.</source>
        <translation>This contains characters that cannot be used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a phone number we can call.</source>
        <translation>This is not a phone number we can call.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is not possible here.</source>
        <translation>This date is not possible here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation>Please choose one of the options.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is outside the allowed range.</source>
        <translation>This number is outside the allowed range.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not fit with another answer.</source>
        <translation>This does not fit with another answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check this.</source>
        <translation>Please check this.</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="+60"/>
        <source>Centrum</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hisingen</source>
        <translation>Hisingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nordost</source>
        <translation>Nordost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sydväst</source>
        <translation>Sydväst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-binary</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>66 or older</source>
        <translation>66 or older</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age unknown</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A place to sleep</source>
        <translation>A place to sleep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Health care</source>
        <translation>Health care</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Alcohol or drugs</source>
        <translation>Alcohol or drugs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents, ID</source>
        <translation>Documents, ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact with authorities</source>
        <translation>Contact with authorities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social services intake</source>
        <translation>Social services intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addiction services</source>
        <translation>Addiction services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing unit</source>
        <translation>Housing unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children and young people</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public Employment Service</source>
        <translation>Public Employment Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration Agency</source>
        <translation>Migration Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another unit</source>
        <translation>Another unit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overnight place</source>
        <translation>Overnight place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+684"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="-683"/>
        <source>Report of concern</source>
        <translation>Report of concern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed on two tablets at the same time. Someone must decide which is right.</source>
        <translation>Changed on two tablets at the same time. Someone must decide which is right.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place was given twice. The first one was kept: the other person needs another place.</source>
        <translation>The place was given twice. The first one was kept: the other person needs another place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The central service did not accept it. Ask IT for help.</source>
        <translation>The central service did not accept it. Ask IT for help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is needed.</source>
        <translation>This is needed.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some characters cannot be used here.</source>
        <translation>Some characters cannot be used here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one of the choices.</source>
        <translation>Not one of the choices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the allowed range.</source>
        <translation>Outside the allowed range.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit with another answer.</source>
        <translation>Does not fit with another answer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some answers are missing or not valid: see the red text.</source>
        <translation>Some answers are missing or not valid: see the red text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tablet is locked. Unlock it and try again.</source>
        <translation>The tablet is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tablet&apos;s storage is full. Nothing was lost. Ask IT for help.</source>
        <translation>The tablet&apos;s storage is full. Nothing was lost. Ask IT for help.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That could not be saved (%1). Try again; if it keeps happening, ask IT for help.</source>
        <translation>That could not be saved (%1). Try again; if it keeps happening, ask IT for help.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the home screen</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contact(s) today</source>
        <translation>
            <numerusform>%n contact today</numerusform>
            <numerusform>%n contacts today</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the tablet</source>
        <translation>Lock the tablet</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the last digit</source>
        <translation>Erase the last digit</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>The PIN must have at least 6 digits.</source>
        <translation>The PIN must have at least 6 digits.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The two PINs were not the same. Choose the PIN again.</source>
        <translation>The two PINs were not the same. Choose the PIN again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PIN could not be set (%1). Ask IT for help.</source>
        <translation>The PIN could not be set (%1). Ask IT for help.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a staff PIN for this tablet</source>
        <translation>Choose a staff PIN for this tablet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the same PIN again.</source>
        <translation>Type the same PIN again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new PIN of at least 6 digits.</source>
        <translation>Type a new PIN of at least 6 digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need it every time the tablet has locked itself. Do not use a PIN that is easy to guess, such as 123456 or a birthday.</source>
        <translation>You need it every time the tablet has locked itself. Do not use a PIN that is easy to guess, such as 123456 or a birthday.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PIN and open the tablet</source>
        <translation>Save the PIN and open the tablet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: type the PIN again</source>
        <translation>Next: type the PIN again</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Wrong PIN. %n more wrong PIN(s) and the tablet erases its keys.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong PIN and the tablet erases its keys.</numerusform>
            <numerusform>Wrong PIN. %n more wrong PINs and the tablet erases its keys.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs.</source>
        <translation>Too many wrong PINs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PINs: this tablet&apos;s keys have been erased. Nothing can be opened on it any more. Ask IT to set it up again.</source>
        <translation>Too many wrong PINs: this tablet&apos;s keys have been erased. Nothing can be opened on it any more. Ask IT to set it up again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN has at least 6 digits.</source>
        <translation>The PIN has at least 6 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tablet could not be opened (%1). Ask IT for help.</source>
        <translation>The tablet could not be opened (%1). Ask IT for help.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The tablet is locked</source>
        <translation>The tablet is locked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your staff PIN.</source>
        <translation>Enter your staff PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with this PIN</source>
        <translation>Unlock with this PIN</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Quick contact
(no names)</source>
        <translation>Quick contact
(no names)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick contact without names: choose the area, then how many people</source>
        <translation>Quick contact without names: choose the area, then how many people</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+179"/>
        <source>Contact with a person</source>
        <translation>Contact with a person</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Tonight&apos;s places</source>
        <translation>Tonight&apos;s places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonight&apos;s overnight places</source>
        <translation>Tonight&apos;s overnight places</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+598"/>
        <source>Referral to another unit</source>
        <translation>Referral to another unit</translation>
    </message>
    <message>
        <location line="-588"/>
        <source>Concern about a child</source>
        <translation>Concern about a child</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+734"/>
        <source>Report of concern about a child</source>
        <translation>Report of concern about a child</translation>
    </message>
    <message>
        <location line="-724"/>
        <source>Needs attention (%1)</source>
        <translation>Needs attention (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+832"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="-816"/>
        <source>Where did you meet them?</source>
        <translation>Where did you meet them?</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Saved at %1: %n person(s) met in %2.</source>
        <translation>
            <numerusform>Saved at %1: %n person met in %2.</numerusform>
            <numerusform>Saved at %1: %n people met in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many people? (%1)</source>
        <translation>How many people? (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>5+</source>
        <translation>5+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 or more people</source>
        <translation>5 or more people</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved at once, with no names. &quot;5+&quot; is saved as 5.</source>
        <translation>Saved at once, with no names. &quot;5+&quot; is saved as 5.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved at %1: a contact with a person in %2.</source>
        <translation>Saved at %1: a contact with a person in %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alias (what they call themselves)</source>
        <translation>Alias (what they call themselves)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name (only with consent)</source>
        <translation>Name (only with consent)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person code (if known)</source>
        <translation>Person code (if known)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+292"/>
        <location line="+105"/>
        <source>4 to 16 capital letters or digits.</source>
        <translation>4 to 16 capital letters or digits.</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Needs (all that apply)</source>
        <translation>Needs (all that apply)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Place (optional, e.g. &quot;Nils Ericson terminal&quot;)</source>
        <translation>Place (optional, e.g. &quot;Nils Ericson terminal&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person agrees that these details are saved</source>
        <translation>The person agrees that these details are saved</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A name can only be saved with the person&apos;s consent.</source>
        <translation>A name can only be saved with the person&apos;s consent.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give an alias or a name.</source>
        <translation>Give an alias or a name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+381"/>
        <location line="+120"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Save the contact</source>
        <translation>Save the contact</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Place %1 is given for tonight.</source>
        <translation>Place %1 is given for tonight.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tonight&apos;s places (the night of %1)</source>
        <translation>Tonight&apos;s places (the night of %1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 · duty</source>
        <translation>%1 · duty</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Free this place (given by mistake)</source>
        <translation>Free this place (given by mistake)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place %1 is free again.</source>
        <translation>Place %1 is free again.</translation>
    </message>
    <message>
        <location line="+375"/>
        <source>Handled: the other person got help</source>
        <translation>Handled: the other person got help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the version shown</source>
        <translation>Keep the version shown</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>%1 places: %2 of %3 field places free, %4 of %5 duty-team places free.</source>
        <translation>%1 places: %2 of %3 field places free, %4 of %5 duty-team places free.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning: place %1 was given to two people on different tablets. Call the duty team and decide who gets it.</source>
        <translation>Warning: place %1 was given to two people on different tablets. Call the duty team and decide who gets it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: place %1 had been given twice; the first one was kept. The other person needs another place tonight.</source>
        <translation>Warning: place %1 had been given twice; the first one was kept. The other person needs another place tonight.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check!</source>
        <translation>Check!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place %1, %2, %3</source>
        <translation>Place %1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duty team</source>
        <translation>duty team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field workers</source>
        <translation>field workers</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Place %1 needs checking: see the warning above.</source>
        <translation>Place %1 needs checking: see the warning above.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place %1 is already given tonight.</source>
        <translation>Place %1 is already given tonight.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place %1 is given by the out-of-hours duty team.</source>
        <translation>Place %1 is given by the out-of-hours duty team.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give place %1 for tonight (%2):</source>
        <translation>Give place %1 for tonight (%2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with an assistance decision</source>
        <translation>with an assistance decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without an assistance decision</source>
        <translation>without an assistance decision</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+105"/>
        <source>Person code</source>
        <translation>Person code</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+105"/>
        <source>Alias (optional)</source>
        <translation>Alias (optional)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Give the place</source>
        <translation>Give the place</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This place is already given tonight.</source>
        <translation>This place is already given tonight.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved at %1: the referral to %2.</source>
        <translation>Saved at %1: the referral to %2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Caseworker (optional)</source>
        <translation>Caseworker (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To which unit?</source>
        <translation>To which unit?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a unit.</source>
        <translation>Choose a unit.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why (what the person needs help with)</source>
        <translation>Why (what the person needs help with)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person agrees that we contact this unit about them</source>
        <translation>The person agrees that we contact this unit about them</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A referral needs the person&apos;s consent. Nothing was saved.</source>
        <translation>A referral needs the person&apos;s consent. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the referral</source>
        <translation>Save the referral</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Report of concern sent at %1. Reference: %2.</source>
        <translation>Report of concern sent at %1. Reference: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report of concern sent at %1.</source>
        <translation>Report of concern sent at %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report what you saw or heard. The report goes to social services the next time the tablet syncs, and it cannot be changed or deleted here afterwards.</source>
        <translation>Report what you saw or heard. The report goes to social services the next time the tablet syncs, and it cannot be changed or deleted here afterwards.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The child&apos;s age (if known)</source>
        <translation>The child&apos;s age (if known)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An age from 0 to 17.</source>
        <translation>An age from 0 to 17.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area (optional)</source>
        <translation>Area (optional)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What worries you about the child?</source>
        <translation>What worries you about the child?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the concern.</source>
        <translation>Describe the concern.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send the report</source>
        <translation>Send the report</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the list</source>
        <translation>Update the list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="+96"/>
        <source>Nobody is waiting for this service right now.</source>
        <translation>Nobody is waiting for this service right now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visit is no longer in the queue. The list has been updated.</source>
        <translation>This visit is no longer in the queue. The list has been updated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That cannot be done with this visit now. Another desk may already have marked it. The list has been updated.</source>
        <translation>That cannot be done with this visit now. Another desk may already have marked it. The list has been updated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another desk changed this visit at the same moment. The list has been updated: please try again.</source>
        <translation>Another desk changed this visit at the same moment. The list has been updated: please try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tablet&apos;s storage is full. Nothing was lost. Ask IT for help.</source>
        <translation>The tablet&apos;s storage is full. Nothing was lost. Ask IT for help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something is missing: choose a service and a language.</source>
        <translation>Something is missing: choose a service and a language.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work (%1). Try again; if it keeps happening, ask IT for help.</source>
        <translation>That did not work (%1). Try again; if it keeps happening, ask IT for help.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Call ticket %1 to desk %2</source>
        <translation>Call ticket %1 to desk %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1 called again to desk %2</source>
        <translation>Ticket %1 called again to desk %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has been served</source>
        <translation>Ticket %1 has been served</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 left without service</source>
        <translation>Ticket %1 left without service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 did not come when called</source>
        <translation>Ticket %1 did not come when called</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 moved to %2</source>
        <translation>Ticket %1 moved to %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New ticket %1 for %2</source>
        <translation>New ticket %1 for %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register walk-in</source>
        <translation>Register walk-in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today: %1 visits · %2 waiting · %3 at a desk · %4 served · %5 left · %6 did not come</source>
        <translation>Today: %1 visits · %2 waiting · %3 at a desk · %4 served · %5 left · %6 did not come</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No service runs today.</source>
        <translation>No service runs today.</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n at a desk</source>
        <translation>
            <numerusform>%n at a desk</numerusform>
            <numerusform>%n at a desk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>longest wait %n min</source>
        <translation>
            <numerusform>longest wait %n min</numerusform>
            <numerusform>longest wait %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next for %1</source>
        <translation>Call next for %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>At desk %1</source>
        <translation>At desk %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Waited %n min</source>
        <translation>
            <numerusform>Waited %n min</numerusform>
            <numerusform>Waited %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with interpreter</source>
        <translation>%1 with interpreter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interpreter: %1</source>
        <translation>interpreter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered at the desk</source>
        <translation>Registered at the desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+124"/>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for ticket %1</source>
        <translation>Actions for ticket %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+79"/>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Ticket %1 was served</source>
        <translation>Ticket %1 was served</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Call ticket %1 again</source>
        <translation>Call ticket %1 again</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Called to a desk, in %1.</source>
        <translation>Called to a desk, in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1.</source>
        <translation>Waiting for %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left without service</source>
        <translation>Left without service</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move to another service (keeps the ticket and the place in the queue):</source>
        <translation>Move to another service (keeps the ticket and the place in the queue):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move ticket %1 to %2</source>
        <translation>Move ticket %1 to %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Register a walk-in</source>
        <translation>Register a walk-in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language the visitor speaks</source>
        <translation>Language the visitor speaks</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No interpreter</source>
        <translation>No interpreter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interpreter: %1</source>
        <translation>Interpreter: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a ticket</source>
        <translation>Give a ticket</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="+31"/>
        <source>Set up this device</source>
        <translation>Set up this device</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the admin PIN to change this device&apos;s setup.</source>
        <translation>Enter the admin PIN to change this device&apos;s setup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First start: choose an admin PIN (at least 6 digits). IT keeps it; the setup screen asks for it.</source>
        <translation>First start: choose an admin PIN (at least 6 digits). IT keeps it; the setup screen asks for it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin PIN</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose this PIN</source>
        <translation>Choose this PIN</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome House kiosk</source>
        <translation>Welcome House kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome House reception</source>
        <translation>Welcome House reception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family counselling self-registration</source>
        <translation>Family counselling self-registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach tablet</source>
        <translation>Outreach tablet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Device name (lower case letters, digits and dashes)</source>
        <translation>Device name (lower case letters, digits and dashes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site (Welcome House)</source>
        <translation>Site (Welcome House)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket slot of this device at its site (1, 2, ...)</source>
        <translation>Ticket slot of this device at its site (1, 2, ...)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outreach team</source>
        <translation>Outreach team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff id of the person using this tablet</source>
        <translation>Staff id of the person using this tablet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Central service (https://…)</source>
        <translation>Central service (https://…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync user name</source>
        <translation>Sync user name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync password</source>
        <translation>Sync password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and restart</source>
        <translation>Save and restart</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StartErrorPage</name>
    <message>
        <location filename="../pages/setup/StartErrorPage.qml" line="+18"/>
        <source>This device cannot start</source>
        <translation>This device cannot start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="+66"/>
        <source>No export folder is set up on this tablet. Ask IT for help.</source>
        <translation>No export folder is set up on this tablet. Ask IT for help.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 and %2 in %3.</source>
        <translation>Saved %1 and %2 in %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export folder %1 does not exist. Nothing was saved.</source>
        <translation>The export folder %1 does not exist. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export did not work (%1). Nothing was saved.</source>
        <translation>The export did not work (%1). Nothing was saved.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Back to the queues</source>
        <translation>Back to the queues</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statistics December %1 – November %2</source>
        <translation>Statistics December %1 – November %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous year</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next year</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report as CSV and JSON</source>
        <translation>Export the report as CSV and JSON</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The whole year: %1 visits by %2 visitors.</source>
        <translation>The whole year: %1 visits by %2 visitors.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statistics could not be read (%1).</source>
        <translation>The statistics could not be read (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dark blue bars: visits. Orange bars: visitors.</source>
        <translation>Dark blue bars: visits. Orange bars: visitors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+39"/>
        <source>%1: %2 visits, %3 visitors</source>
        <translation>%1: %2 visits, %3 visitors</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No visits were recorded in this year.</source>
        <translation>No visits were recorded in this year.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../components/SyncStatusBar.qml" line="+19"/>
        <source>Sync is not set up</source>
        <translation>Sync is not set up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline: everything is saved on this device</source>
        <translation>Offline: everything is saved on this device</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The device clock is wrong by %n minute(s). Ask IT to set it.</source>
        <translation>
            <numerusform>The device clock is wrong by %n minute. Ask IT to set it.</numerusform>
            <numerusform>The device clock is wrong by %n minutes. Ask IT to set it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The device clock is wrong by %n hour(s). Ask IT to set it.</source>
        <translation>
            <numerusform>The device clock is wrong by %n hour. Ask IT to set it.</numerusform>
            <numerusform>The device clock is wrong by %n hours. Ask IT to set it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The device clock is wrong by %n day(s). Ask IT to set it.</source>
        <translation>
            <numerusform>The device clock is wrong by %n day. Ask IT to set it.</numerusform>
            <numerusform>The device clock is wrong by %n days. Ask IT to set it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+26"/>
        <source>%n record(s) waiting</source>
        <translation>
            <numerusform>%n record waiting</numerusform>
            <numerusform>%n records waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <location line="+52"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
</TS>
