<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>CounsellingPage</name>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="+62"/>
        <source>Please fill this in.</source>
        <translation>Fyll i det här.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation>Det är för långt. Skriv högst %1 bokstäver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too short.</source>
        <translation>Det är för kort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check what you wrote.</source>
        <translation>Kontrollera det du har skrivit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We cannot call this number. Write it like 070-123 45 67 or +46 70 123 45 67.</source>
        <translation>Vi kan inte ringa det här numret. Skriv det så här: 070-123 45 67 eller +46 70 123 45 67.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose another time.</source>
        <translation>Välj en annan tid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Please check this answer.</source>
        <translation>Kontrollera det här svaret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not ready to take applications. Please call family counselling instead.</source>
        <translation>Det går inte att skicka en ansökan här just nu. Ring familjerådgivningen i stället.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application could not be saved. Please call family counselling instead.</source>
        <translation>Din ansökan kunde inte sparas. Ring familjerådgivningen i stället.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again, or call family counselling.</source>
        <translation>Något gick fel. Försök igen eller ring familjerådgivningen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and clear everything</source>
        <translation>Börja om och ta bort allt</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+919"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-918"/>
        <location line="+650"/>
        <location line="+268"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="-791"/>
        <source>Single session</source>
        <translation>Ett-samtal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A time that has become free</source>
        <translation>En tid som har blivit ledig</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Family counselling: apply here</source>
        <translation>Familjerådgivning: ansök här</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your language.</source>
        <translation>Välj ditt språk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How can we reach you?</source>
        <translation>Hur kan vi nå dig?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contact you to give you a time. You can also call us yourself.</source>
        <translation>Vi kontaktar dig och ger dig en tid. Du kan också ringa oss själv.</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+173"/>
        <source>Call me on my phone</source>
        <translation>Ring mig på min telefon</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>Write to me by e-mail</source>
        <translation>Skriv till mig med e-post</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>I will call you myself</source>
        <translation>Jag ringer er själv</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Who is applying?</source>
        <translation>Vem ansöker?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the first name and an e-mail address of one adult. You can add one more adult.</source>
        <translation>Skriv förnamn och e-postadress för en vuxen. Du kan lägga till en vuxen till.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the first name and a phone number of one adult. You can add one more adult.</source>
        <translation>Skriv förnamn och telefonnummer för en vuxen. Du kan lägga till en vuxen till.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adult 1</source>
        <translation>Vuxen 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+67"/>
        <source>Last name (if you want)</source>
        <translation>Efternamn (om du vill)</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+499"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="-487"/>
        <location line="+487"/>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>Add one more adult</source>
        <translation>Lägg till en vuxen till</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adult 2</source>
        <translation>Vuxen 2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Phone number (if you want)</source>
        <translation>Telefonnummer (om du vill)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail address (if you want)</source>
        <translation>E-postadress (om du vill)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When will you call us?</source>
        <translation>När ringer du oss?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day and a time. You do not have to give your name.</source>
        <translation>Välj en dag och en tid. Du behöver inte lämna ditt namn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1</source>
        <translation>Klockan %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Two questions</source>
        <translation>Två frågor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families with small children and people in an acute crisis get a time sooner.</source>
        <translation>Familjer med små barn och personer i akut kris får en tid snabbare.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do small children live with you?</source>
        <translation>Bor det små barn hos dig?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Are you in an acute crisis right now?</source>
        <translation>Är du i en akut kris just nu?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you need an interpreter?</source>
        <translation>Behöver du tolk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family counselling talks with you in Swedish, or with an interpreter.</source>
        <translation>Familjerådgivningen pratar med dig på svenska eller med tolk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An interpreter at the meetings</source>
        <translation>Tolk vid samtalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need one</source>
        <translation>Ja, jag behöver tolk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In which language?</source>
        <translation>På vilket språk?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Interpreter in %1</source>
        <translation>Tolk på %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where would you like to go?</source>
        <translation>Var vill du få hjälp?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city&apos;s family counselling, or an organisation that works with the city.</source>
        <translation>Stadens familjerådgivning eller en organisation som samarbetar med staden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+226"/>
        <source>It does not matter</source>
        <translation>Det spelar ingen roll</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>%1 (an organisation)</source>
        <translation>%1 (en organisation)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One conversation soon?</source>
        <translation>Ett samtal snart?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone can get one single conversation within one or two weeks. After it, you can stay in the queue.</source>
        <translation>Alla kan få ett samtal inom en eller två veckor. Det kallas ett-samtal. Efter samtalet kan du stå kvar i kön.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do you want a single conversation?</source>
        <translation>Vill du ha ett-samtal?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Free times</source>
        <translation>Lediga tider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can ask for one of these times now. We confirm it with you.</source>
        <translation>Du kan be om en av de här tiderna nu. Vi bekräftar tiden med dig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no free times right now. We will contact you.</source>
        <translation>Det finns inga lediga tider just nu. Vi kontaktar dig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of these times</source>
        <translation>Ingen av de här tiderna</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ask for this time: %1</source>
        <translation>Be om den här tiden: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your consent</source>
        <translation>Ditt samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We save your application so that family counselling can contact you. Only family counselling can read your names and how to reach you. We do not share them with other parts of social services.</source>
        <translation>Vi sparar din ansökan så att familjerådgivningen kan kontakta dig. Bara familjerådgivningen kan läsa namnen och hur vi kan nå dig. Vi delar inte uppgifterna med andra delar av socialtjänsten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>Yes, I agree</source>
        <translation>Ja, jag samtycker</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>I agree that family counselling saves my application</source>
        <translation>Jag samtycker till att familjerådgivningen sparar min ansökan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Without your consent we cannot take the application. You can call family counselling instead.</source>
        <translation>Utan ditt samtycke kan vi inte ta emot ansökan. Du kan ringa familjerådgivningen i stället.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Is this right?</source>
        <translation>Stämmer det här?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your answers. Go back to change something.</source>
        <translation>Kontrollera dina svar. Gå tillbaka om du vill ändra något.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my application</source>
        <translation>Skicka min ansökan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How we reach you</source>
        <translation>Hur vi når dig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will call us</source>
        <translation>Du ringer oss</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adult %1</source>
        <translation>Vuxen %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small children at home</source>
        <translation>Små barn hemma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acute crisis</source>
        <translation>Akut kris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single conversation</source>
        <translation>Ett-samtal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time you ask for</source>
        <translation>Tid du ber om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time chosen</source>
        <translation>Ingen tid vald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Thank you! Your application has been sent.</source>
        <translation>Tack! Din ansökan är skickad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your reference code:</source>
        <translation>Din referenskod:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your reference code is %1</source>
        <translation>Din referenskod är %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write this code down. Say it if you call us.</source>
        <translation>Skriv upp koden. Säg koden om du ringer oss.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time you chose was taken just now. We will contact you about another time.</source>
        <translation>Någon annan tog tiden du valde, precis nu. Vi kontaktar dig om en annan tid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>IdleGuard</name>
    <message>
        <location filename="../components/IdleGuard.qml" line="+69"/>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Everything you entered will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Allt du har fyllt i tas bort om %n sekund.</numerusform>
            <numerusform>Allt du har fyllt i tas bort om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="+62"/>
        <source>Please fill this in.</source>
        <translation>Fyll i det här.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation>Det är för långt. Skriv högst %1 bokstäver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too short.</source>
        <translation>Det är för kort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please use only letters, and spaces between names.</source>
        <translation>Skriv bara bokstäver, och mellanslag mellan namnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check this answer.</source>
        <translation>Kontrollera det här svaret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk could not save your visit. Please ask the staff at the desk.</source>
        <translation>Skärmen kunde inte spara ditt besök. Fråga personalen i receptionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please ask the staff at the desk.</source>
        <translation>Något gick fel. Fråga personalen i receptionen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Welcome! Choose your language</source>
        <translation>Välkommen! Välj ditt språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch your language.</source>
        <translation>Tryck på ditt språk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What do you need help with today?</source>
        <translation>Vad behöver du hjälp med i dag?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That service is not open now. Please choose again.</source>
        <translation>Den tjänsten är inte öppen nu. Välj igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture.</source>
        <translation>Tryck på en bild.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No service is open today. Please ask the staff at the desk.</source>
        <translation>Ingen tjänst är öppen i dag. Fråga personalen i receptionen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Is this your first visit to Welcome House?</source>
        <translation>Är det första gången du är på Welcome House?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes, this is my first visit</source>
        <translation>Ja, det är första gången</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, I have been here before</source>
        <translation>Nej, jag har varit här förut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t want to answer</source>
        <translation>Jag vill inte svara</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What is your first name?</source>
        <translation>Vad heter du i förnamn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do not have to write it. We call you by your number.</source>
        <translation>Du behöver inte skriva det. Vi ropar upp ditt nummer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First name (if you want)</source>
        <translation>Förnamn (om du vill)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the name</source>
        <translation>Hoppa över namnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you need an interpreter?</source>
        <translation>Behöver du tolk?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No, I do not need an interpreter</source>
        <translation>Nej, jag behöver inte tolk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, an interpreter in:</source>
        <translation>Ja, tolk på:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Interpreter in %1</source>
        <translation>Tolk på %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Get my ticket</source>
        <translation>Ta nummerlapp</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your number</source>
        <translation>Ditt nummer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your number is %1</source>
        <translation>Ditt nummer är %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Ungefär %n minut</numerusform>
            <numerusform>Ungefär %n minuter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will be called soon</source>
        <translation>Vi ropar upp dig snart</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s) before you</source>
        <translation>
            <numerusform>%n person före dig</numerusform>
            <numerusform>%n personer före dig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are next</source>
        <translation>Du är näst på tur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please sit down. Your number will be shown on the screen when it is your turn.</source>
        <translation>Sätt dig och vänta. Ditt nummer visas på skärmen när det är din tur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Klar</translation>
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
        <translation>Kontrollera de markerade fälten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is full. Nothing was lost, but nothing new can be saved. Please tell the staff.</source>
        <translation>Enhetens minne är fullt. Inget har försvunnit, men inget nytt kan sparas. Säg till personalen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s data cannot be opened with its key. Nothing was changed. Ask IT for help.</source>
        <translation>Uppgifterna på enheten kan inte öppnas med enhetens nyckel. Inget har ändrats. Be IT om hjälp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s data is damaged. Ask IT to restore it from the central service.</source>
        <translation>Uppgifterna på enheten är skadade. Be IT att återställa dem från den centrala tjänsten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake is already running on this device.</source>
        <translation>Intake körs redan på den här enheten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device could not save. Nothing was lost. Please try again or tell the staff.</source>
        <translation>Enheten kunde inte spara. Inget har försvunnit. Försök igen eller säg till personalen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is waiting in this queue.</source>
        <translation>Ingen väntar i den här kön.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this at the same time. Look again and retry.</source>
        <translation>Någon annan ändrade det här samtidigt. Titta igen och försök på nytt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has no key for its data. Ask IT to enrol it again.</source>
        <translation>Enheten saknar nyckel till sina uppgifter. Be IT att registrera enheten igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device&apos;s key store is locked or unavailable. Nothing was changed. Try again, or ask IT.</source>
        <translation>Enhetens nyckellager är låst eller inte tillgängligt. Inget har ändrats. Försök igen eller fråga IT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. Please wait before trying again.</source>
        <translation>För många fel PIN-koder. Vänta en stund innan du försöker igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs: the keys on this tablet were erased. Ask IT to enrol it again.</source>
        <translation>För många fel PIN-koder: nycklarna på surfplattan har raderats. Be IT att registrera den igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have at least 6 digits.</source>
        <translation>PIN-koden måste ha minst 6 siffror.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN may only contain digits.</source>
        <translation>PIN-koden får bara innehålla siffror.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is already set on this device.</source>
        <translation>Det finns redan en PIN-kod på den här enheten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the tablet first.</source>
        <translation>Lås upp surfplattan först.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration is not available on this device yet. Please ask the staff.</source>
        <translation>Det går inte att registrera sig på den här enheten än. Fråga personalen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central service refused this device. Ask IT to check its enrolment.</source>
        <translation>Den centrala tjänsten nekade enheten. Be IT att kontrollera enhetens registrering.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The central service could not be verified. Nothing was sent.</source>
        <translation>Den centrala tjänsten kunde inte verifieras. Inget skickades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central service cannot be reached. Everything is kept on this device and sent later.</source>
        <translation>Det går inte att nå den centrala tjänsten. Allt sparas på enheten och skickas senare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong (%1). Nothing that was saved is lost.</source>
        <translation>Något gick fel (%1). Inget som har sparats har försvunnit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please fill this in.</source>
        <translation>Fyll i det här.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>För långt: högst %n tecken.</numerusform>
            <numerusform>För långt: högst %n tecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>För kort: minst %n tecken.</numerusform>
            <numerusform>För kort: minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contains characters that cannot be used.</source>
        <translation>Här finns tecken som inte kan användas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a phone number we can call.</source>
        <translation>Det här är inte ett telefonnummer som vi kan ringa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid date.</source>
        <translation>Det här är inte ett giltigt datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is not possible here.</source>
        <translation>Det datumet går inte att använda här.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is outside the allowed range.</source>
        <translation>Talet ligger utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not fit with another answer.</source>
        <translation>Det här stämmer inte med ett annat svar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check this.</source>
        <translation>Kontrollera det här.</translation>
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
        <translation>Kvinna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-binary</source>
        <translation>Icke-binär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under 18</source>
        <translation>Under 18 år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>66 or older</source>
        <translation>66 år eller äldre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age unknown</source>
        <translation>Okänd ålder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A place to sleep</source>
        <translation>Sovplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food</source>
        <translation>Mat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Alcohol or drugs</source>
        <translation>Alkohol eller droger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health</source>
        <translation>Psykisk hälsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>Pengar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents, ID</source>
        <translation>Dokument, legitimation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact with authorities</source>
        <translation>Kontakt med myndigheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Trygghet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Något annat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social services intake</source>
        <translation>Socialtjänstens mottagning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addiction services</source>
        <translation>Beroendevård</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing unit</source>
        <translation>Boendeenheten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children and young people</source>
        <translation>Barn och unga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public Employment Service</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration Agency</source>
        <translation>Migrationsverket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another unit</source>
        <translation>En annan enhet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overnight place</source>
        <translation>Övernattningsplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+684"/>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <location line="-683"/>
        <source>Report of concern</source>
        <translation>Orosanmälan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed on two tablets at the same time. Someone must decide which is right.</source>
        <translation>Ändrades på två surfplattor samtidigt. Någon måste avgöra vilken som är rätt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place was given twice. The first one was kept: the other person needs another place.</source>
        <translation>Platsen tilldelades två gånger. Den första behölls: den andra personen behöver en annan plats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The central service did not accept it. Ask IT for help.</source>
        <translation>Den centrala tjänsten tog inte emot det. Be IT om hjälp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is needed.</source>
        <translation>Måste fyllas i.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>Högst %n tecken.</numerusform>
            <numerusform>Högst %n tecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Minst %n tecken.</numerusform>
            <numerusform>Minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some characters cannot be used here.</source>
        <translation>Vissa tecken kan inte användas här.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one of the choices.</source>
        <translation>Inte ett av alternativen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the allowed range.</source>
        <translation>Utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit with another answer.</source>
        <translation>Stämmer inte med ett annat svar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some answers are missing or not valid: see the red text.</source>
        <translation>Vissa svar saknas eller är ogiltiga: se den röda texten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tablet is locked. Unlock it and try again.</source>
        <translation>Surfplattan är låst. Lås upp den och försök igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tablet&apos;s storage is full. Nothing was lost. Ask IT for help.</source>
        <translation>Surfplattans lagring är full. Inget har försvunnit. Be IT om hjälp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That could not be saved (%1). Try again; if it keeps happening, ask IT for help.</source>
        <translation>Det gick inte att spara (%1). Försök igen. Om det händer igen, be IT om hjälp.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the home screen</source>
        <translation>Tillbaka till startskärmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outreach</source>
        <translation>Uppsökande verksamhet</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contact(s) today</source>
        <translation>
            <numerusform>%n kontakt i dag</numerusform>
            <numerusform>%n kontakter i dag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the tablet</source>
        <translation>Lås surfplattan</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>The PIN could not be set (%1). Ask IT for help.</source>
        <translation>PIN-koden kunde inte sparas (%1). Be IT om hjälp.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a staff PIN for this tablet</source>
        <translation>Välj en PIN-kod för personal på den här surfplattan</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Wrong PIN. %n more wrong PIN(s) and the tablet erases its keys.</source>
        <translation>
            <numerusform>Fel PIN-kod. Om du skriver fel %n gång till raderar surfplattan sina nycklar.</numerusform>
            <numerusform>Fel PIN-kod. Om du skriver fel %n gånger till raderar surfplattan sina nycklar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs.</source>
        <translation>För många fel PIN-koder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PINs: this tablet&apos;s keys have been erased. Nothing can be opened on it any more. Ask IT to set it up again.</source>
        <translation>För många fel PIN-koder: surfplattans nycklar har raderats. Inget kan öppnas på den längre. Be IT att ställa in den igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN has at least 6 digits.</source>
        <translation>PIN-koden har minst 6 siffror.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tablet could not be opened (%1). Ask IT for help.</source>
        <translation>Surfplattan kunde inte låsas upp (%1). Be IT om hjälp.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The tablet is locked</source>
        <translation>Surfplattan är låst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your staff PIN.</source>
        <translation>Skriv din PIN-kod för personal.</translation>
    </message>
    <message>
        <location line="+500"/>
        <source>Tonight&apos;s places (the night of %1)</source>
        <translation>Platser i natt (natten efter %1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 · duty</source>
        <translation>%1 · jouren</translation>
    </message>
    <message numerus="yes">
        <location line="-762"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n siffra inskriven</numerusform>
            <numerusform>%n siffror inskrivna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+211"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Du kan försöka igen om %n sekund.</numerusform>
            <numerusform>Du kan försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the last digit</source>
        <translation>Radera sista siffran</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+20"/>
        <source>The PIN must have at least 6 digits.</source>
        <translation>PIN-koden måste ha minst 6 siffror.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The two PINs were not the same. Choose the PIN again.</source>
        <translation>De två PIN-koderna var inte likadana. Välj PIN-kod igen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Type the same PIN again.</source>
        <translation>Skriv samma PIN-kod igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new PIN of at least 6 digits.</source>
        <translation>Skriv en ny PIN-kod med minst 6 siffror.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need it every time the tablet has locked itself. Do not use a PIN that is easy to guess, such as 123456 or a birthday.</source>
        <translation>Du behöver den varje gång surfplattan har låst sig. Använd inte en PIN-kod som är lätt att gissa, till exempel 123456 eller en födelsedag.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PIN and open the tablet</source>
        <translation>Spara PIN-koden och öppna surfplattan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: type the PIN again</source>
        <translation>Nästa: skriv PIN-koden igen</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with this PIN</source>
        <translation>Lås upp med den här PIN-koden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Quick contact
(no names)</source>
        <translation>Snabbkontakt
(utan namn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick contact without names: choose the area, then how many people</source>
        <translation>Snabbkontakt utan namn: välj område och sedan hur många personer</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+179"/>
        <source>Contact with a person</source>
        <translation>Kontakt med en person</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Tonight&apos;s places</source>
        <translation>Platser i natt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonight&apos;s overnight places</source>
        <translation>Övernattningsplatser i natt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+598"/>
        <source>Referral to another unit</source>
        <translation>Remiss till en annan enhet</translation>
    </message>
    <message>
        <location line="-588"/>
        <source>Concern about a child</source>
        <translation>Oro för ett barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+734"/>
        <source>Report of concern about a child</source>
        <translation>Orosanmälan om ett barn</translation>
    </message>
    <message>
        <location line="-724"/>
        <source>Needs attention (%1)</source>
        <translation>Behöver åtgärdas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+832"/>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <location line="-816"/>
        <source>Where did you meet them?</source>
        <translation>Var träffade du dem?</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Saved at %1: %n person(s) met in %2.</source>
        <translation>
            <numerusform>Sparat kl. %1: %n person träffad i %2.</numerusform>
            <numerusform>Sparat kl. %1: %n personer träffade i %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many people? (%1)</source>
        <translation>Hur många personer? (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>5+</source>
        <translation>5+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 or more people</source>
        <translation>5 personer eller fler</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved at once, with no names. &quot;5+&quot; is saved as 5.</source>
        <translation>Sparas direkt, utan namn. ”5+” sparas som 5.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved at %1: a contact with a person in %2.</source>
        <translation>Sparat kl. %1: en kontakt med en person i %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alias (what they call themselves)</source>
        <translation>Alias (vad personen kallar sig)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name (only with consent)</source>
        <translation>Namn (bara med samtycke)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person code (if known)</source>
        <translation>Personkod (om den är känd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+292"/>
        <location line="+105"/>
        <source>4 to 16 capital letters or digits.</source>
        <translation>4 till 16 stora bokstäver eller siffror.</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Needs (all that apply)</source>
        <translation>Behov (välj alla som passar)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Place (optional, e.g. &quot;Nils Ericson terminal&quot;)</source>
        <translation>Plats (frivilligt, t.ex. ”Nils Ericson-terminalen”)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person agrees that these details are saved</source>
        <translation>Personen samtycker till att uppgifterna sparas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A name can only be saved with the person&apos;s consent.</source>
        <translation>Ett namn får bara sparas med personens samtycke.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give an alias or a name.</source>
        <translation>Ange ett alias eller ett namn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+381"/>
        <location line="+120"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Save the contact</source>
        <translation>Spara kontakten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Place %1 is given for tonight.</source>
        <translation>Plats %1 är tilldelad för i natt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 places: %2 of %3 field places free, %4 of %5 duty-team places free.</source>
        <translation>%1 platser: %2 av %3 platser för uppsökarna är lediga, %4 av %5 platser för socialjouren är lediga.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning: place %1 was given to two people on different tablets. Call the duty team and decide who gets it.</source>
        <translation>Varning: plats %1 har tilldelats två personer på olika surfplattor. Ring socialjouren och bestäm vem som får platsen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: place %1 had been given twice; the first one was kept. The other person needs another place tonight.</source>
        <translation>Varning: plats %1 hade tilldelats två gånger. Den första behölls. Den andra personen behöver en annan plats i natt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check!</source>
        <translation>Kontrollera!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place %1, %2, %3</source>
        <translation>Plats %1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duty team</source>
        <translation>socialjouren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field workers</source>
        <translation>uppsökarna</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Place %1 needs checking: see the warning above.</source>
        <translation>Plats %1 måste kontrolleras: se varningen ovan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place %1 is already given tonight.</source>
        <translation>Plats %1 är redan tilldelad i natt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place %1 is given by the out-of-hours duty team.</source>
        <translation>Plats %1 tilldelas av socialjouren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give place %1 for tonight (%2):</source>
        <translation>Tilldela plats %1 för i natt (%2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with an assistance decision</source>
        <translation>med biståndsbeslut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without an assistance decision</source>
        <translation>utan biståndsbeslut</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+105"/>
        <source>Person code</source>
        <translation>Personkod</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+105"/>
        <source>Alias (optional)</source>
        <translation>Alias (frivilligt)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Give the place</source>
        <translation>Tilldela platsen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free this place (given by mistake)</source>
        <translation>Frigör platsen (gavs av misstag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place %1 is free again.</source>
        <translation>Plats %1 är ledig igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This place is already given tonight.</source>
        <translation>Den här platsen är redan tilldelad i natt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved at %1: the referral to %2.</source>
        <translation>Sparat kl. %1: remissen till %2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Caseworker (optional)</source>
        <translation>Handläggare (frivilligt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To which unit?</source>
        <translation>Till vilken enhet?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a unit.</source>
        <translation>Välj en enhet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why (what the person needs help with)</source>
        <translation>Varför (vad personen behöver hjälp med)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person agrees that we contact this unit about them</source>
        <translation>Personen samtycker till att vi kontaktar den här enheten om personen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A referral needs the person&apos;s consent. Nothing was saved.</source>
        <translation>En remiss kräver personens samtycke. Inget sparades.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the referral</source>
        <translation>Spara remissen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Report of concern sent at %1. Reference: %2.</source>
        <translation>Orosanmälan skickad kl. %1. Referens: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report of concern sent at %1.</source>
        <translation>Orosanmälan skickad kl. %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report what you saw or heard. The report goes to social services the next time the tablet syncs, and it cannot be changed or deleted here afterwards.</source>
        <translation>Beskriv vad du såg eller hörde. Anmälan går till socialtjänsten nästa gång surfplattan synkar, och den kan inte ändras eller tas bort här efteråt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The child&apos;s age (if known)</source>
        <translation>Barnets ålder (om den är känd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An age from 0 to 17.</source>
        <translation>En ålder från 0 till 17.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area (optional)</source>
        <translation>Område (frivilligt)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What worries you about the child?</source>
        <translation>Vad oroar dig när det gäller barnet?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the concern.</source>
        <translation>Beskriv din oro.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send the report</source>
        <translation>Skicka anmälan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the list</source>
        <translation>Uppdatera listan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing needs attention.</source>
        <translation>Inget behöver åtgärdas.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Handled: the other person got help</source>
        <translation>Klart: den andra personen har fått hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the version shown</source>
        <translation>Behåll versionen som visas</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="+96"/>
        <source>Nobody is waiting for this service right now.</source>
        <translation>Ingen väntar på den här tjänsten just nu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visit is no longer in the queue. The list has been updated.</source>
        <translation>Besöket finns inte längre i kön. Listan har uppdaterats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That cannot be done with this visit now. Another desk may already have marked it. The list has been updated.</source>
        <translation>Det går inte att göra med det här besöket nu. En annan disk kan redan ha markerat det. Listan har uppdaterats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another desk changed this visit at the same moment. The list has been updated: please try again.</source>
        <translation>En annan disk ändrade besöket i samma stund. Listan har uppdaterats: försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tablet&apos;s storage is full. Nothing was lost. Ask IT for help.</source>
        <translation>Surfplattans lagring är full. Inget har försvunnit. Be IT om hjälp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something is missing: choose a service and a language.</source>
        <translation>Något saknas: välj en tjänst och ett språk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work (%1). Try again; if it keeps happening, ask IT for help.</source>
        <translation>Det fungerade inte (%1). Försök igen. Om det händer igen, be IT om hjälp.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Call ticket %1 to desk %2</source>
        <translation>Ropa upp nummer %1 till disk %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1 called again to desk %2</source>
        <translation>Nummer %1 uppropat igen till disk %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has been served</source>
        <translation>Nummer %1 har fått hjälp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 left without service</source>
        <translation>Nummer %1 gick utan att få hjälp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 did not come when called</source>
        <translation>Nummer %1 kom inte när det ropades upp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 moved to %2</source>
        <translation>Nummer %1 flyttat till %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New ticket %1 for %2</source>
        <translation>Ny nummerlapp %1 för %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register walk-in</source>
        <translation>Registrera besökare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today: %1 visits · %2 waiting · %3 at a desk · %4 served · %5 left · %6 did not come</source>
        <translation>I dag: %1 besök · %2 väntar · %3 vid disk · %4 har fått hjälp · %5 gick · %6 kom inte</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No service runs today.</source>
        <translation>Inga tjänster är öppna i dag.</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n väntar</numerusform>
            <numerusform>%n väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n at a desk</source>
        <translation>
            <numerusform>%n vid disk</numerusform>
            <numerusform>%n vid disk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>longest wait %n min</source>
        <translation>
            <numerusform>längsta väntan %n min</numerusform>
            <numerusform>längsta väntan %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Call next</source>
        <translation>Ropa upp nästa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next for %1</source>
        <translation>Ropa upp nästa för %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody is waiting.</source>
        <translation>Ingen väntar.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>At desk %1</source>
        <translation>Vid disk %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Called</source>
        <translation>Uppropad</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Waited %n min</source>
        <translation>
            <numerusform>Väntat %n min</numerusform>
            <numerusform>Väntat %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with interpreter</source>
        <translation>%1 med tolk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interpreter: %1</source>
        <translation>tolk: %1</translation>
    </message>
    <message>
        <location line="+319"/>
        <source>Interpreter: %1</source>
        <translation>Tolk: %1</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>First visit</source>
        <translation>Första besöket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered at the desk</source>
        <translation>Registrerad i receptionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+124"/>
        <source>Ticket %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for ticket %1</source>
        <translation>Åtgärder för nummer %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+79"/>
        <source>Served</source>
        <translation>Fått hjälp</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Ticket %1 was served</source>
        <translation>Nummer %1 har fått hjälp</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>Call again</source>
        <translation>Ropa upp igen</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Call ticket %1 again</source>
        <translation>Ropa upp nummer %1 igen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Did not come</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Called to a desk, in %1.</source>
        <translation>Uppropad till en disk, inom %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1.</source>
        <translation>Väntar på %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Left without service</source>
        <translation>Gick utan att få hjälp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move to another service (keeps the ticket and the place in the queue):</source>
        <translation>Flytta till en annan tjänst (behåller nummerlappen och platsen i kön):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move ticket %1 to %2</source>
        <translation>Flytta nummer %1 till %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Register a walk-in</source>
        <translation>Registrera en besökare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language the visitor speaks</source>
        <translation>Språk som besökaren talar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No interpreter</source>
        <translation>Ingen tolk</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a ticket</source>
        <translation>Ge en nummerlapp</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="+31"/>
        <source>Set up this device</source>
        <translation>Ställ in den här enheten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the admin PIN to change this device&apos;s setup.</source>
        <translation>Skriv administratörens PIN-kod för att ändra inställningarna för enheten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First start: choose an admin PIN (at least 6 digits). IT keeps it; the setup screen asks for it.</source>
        <translation>Första start: välj en PIN-kod för administratör (minst 6 siffror). IT förvarar den. Inställningsskärmen frågar efter den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin PIN</source>
        <translation>Administratörens PIN-kod</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose this PIN</source>
        <translation>Välj den här PIN-koden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome House kiosk</source>
        <translation>Kiosk på Welcome House</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome House reception</source>
        <translation>Reception på Welcome House</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family counselling self-registration</source>
        <translation>Egenanmälan till familjerådgivningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach tablet</source>
        <translation>Surfplatta för uppsökande verksamhet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Device name (lower case letters, digits and dashes)</source>
        <translation>Enhetens namn (små bokstäver, siffror och bindestreck)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site (Welcome House)</source>
        <translation>Plats (Welcome House)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket slot of this device at its site (1, 2, ...)</source>
        <translation>Enhetens nummerserie för nummerlappar på platsen (1, 2, ...)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outreach team</source>
        <translation>Uppsökarteam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff id of the person using this tablet</source>
        <translation>Personal-id för den som använder surfplattan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Central service (https://…)</source>
        <translation>Central tjänst (https://…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync user name</source>
        <translation>Användarnamn för synkning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync password</source>
        <translation>Lösenord för synkning</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and restart</source>
        <translation>Spara och starta om</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>StartErrorPage</name>
    <message>
        <location filename="../pages/setup/StartErrorPage.qml" line="+18"/>
        <source>This device cannot start</source>
        <translation>Enheten kan inte starta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="+66"/>
        <source>No export folder is set up on this tablet. Ask IT for help.</source>
        <translation>Ingen exportmapp är inställd på surfplattan. Be IT om hjälp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 and %2 in %3.</source>
        <translation>%1 och %2 sparades i %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export folder %1 does not exist. Nothing was saved.</source>
        <translation>Exportmappen %1 finns inte. Inget sparades.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export did not work (%1). Nothing was saved.</source>
        <translation>Exporten fungerade inte (%1). Inget sparades.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Back to the queues</source>
        <translation>Tillbaka till köerna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statistics December %1 – November %2</source>
        <translation>Statistik december %1 – november %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous year</source>
        <translation>Föregående år</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next year</source>
        <translation>Nästa år</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report as CSV and JSON</source>
        <translation>Exportera rapporten som CSV och JSON</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The whole year: %1 visits by %2 visitors.</source>
        <translation>Hela året: %1 besök av %2 besökare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statistics could not be read (%1).</source>
        <translation>Statistiken kunde inte läsas (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dark blue bars: visits. Orange bars: visitors.</source>
        <translation>Mörkblå staplar: besök. Orange staplar: besökare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+39"/>
        <source>%1: %2 visits, %3 visitors</source>
        <translation>%1: %2 besök, %3 besökare</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No visits were recorded in this year.</source>
        <translation>Inga besök registrerades det här året.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../components/SyncStatusBar.qml" line="+19"/>
        <source>Sync is not set up</source>
        <translation>Synkning är inte inställd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synkar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline: everything is saved on this device</source>
        <translation>Ingen anslutning: allt sparas på enheten</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The device clock is wrong by %n minute(s). Ask IT to set it.</source>
        <translation>
            <numerusform>Enhetens klocka går fel med %n minut. Be IT ställa den.</numerusform>
            <numerusform>Enhetens klocka går fel med %n minuter. Be IT ställa den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The device clock is wrong by %n hour(s). Ask IT to set it.</source>
        <translation>
            <numerusform>Enhetens klocka går fel med %n timme. Be IT ställa den.</numerusform>
            <numerusform>Enhetens klocka går fel med %n timmar. Be IT ställa den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The device clock is wrong by %n day(s). Ask IT to set it.</source>
        <translation>
            <numerusform>Enhetens klocka går fel med %n dag. Be IT ställa den.</numerusform>
            <numerusform>Enhetens klocka går fel med %n dagar. Be IT ställa den.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never synced</source>
        <translation>Aldrig synkad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync %1</source>
        <translation>Senaste synkning %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+26"/>
        <source>%n record(s) waiting</source>
        <translation>
            <numerusform>%n post väntar</numerusform>
            <numerusform>%n poster väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <location line="+52"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n behöver åtgärdas</numerusform>
            <numerusform>%n behöver åtgärdas</numerusform>
        </translation>
    </message>
</context>
</TS>
