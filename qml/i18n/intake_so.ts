<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>CounsellingPage</name>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="+62"/>
        <source>Please fill this in.</source>
        <translation type="unfinished">Fadlan buuxi meeshan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation type="unfinished">Tani aad bay u dheer tahay. Isticmaal ugu badnaan %1 xaraf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too short.</source>
        <translation type="unfinished">Tani aad bay u gaaban tahay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check what you wrote.</source>
        <translation type="unfinished">Fadlan hubi waxa aad qortay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We cannot call this number. Write it like 070-123 45 67 or +46 70 123 45 67.</source>
        <translation type="unfinished">Lambarkan ma wici karno. U qor sidan: 070-123 45 67 ama +46 70 123 45 67.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose another time.</source>
        <translation type="unfinished">Fadlan dooro waqti kale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished">Fadlan dooro mid ka mid ah doorashooyinka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Please check this answer.</source>
        <translation type="unfinished">Fadlan hubi jawaabtan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not ready to take applications. Please call family counselling instead.</source>
        <translation type="unfinished">Qalabkani weli diyaar uma aha inuu codsiyo qaato. Fadlan taa beddelkeeda wac la-talinta qoyska.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application could not be saved. Please call family counselling instead.</source>
        <translation type="unfinished">Codsigaaga lama kaydin karin. Fadlan taa beddelkeeda wac la-talinta qoyska.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again, or call family counselling.</source>
        <translation type="unfinished">Wax baa khaldamay. Fadlan isku day mar kale, ama wac la-talinta qoyska.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Next</source>
        <translation type="unfinished">Xiga</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">Dib u noqo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation type="unfinished">Dib u bilow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and clear everything</source>
        <translation type="unfinished">Dib u bilow oo wax walba tirtir</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+919"/>
        <source>Yes</source>
        <translation type="unfinished">Haa</translation>
    </message>
    <message>
        <location line="-918"/>
        <location line="+650"/>
        <location line="+268"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>No</source>
        <translation type="unfinished">Maya</translation>
    </message>
    <message>
        <location line="-791"/>
        <source>Single session</source>
        <translation type="unfinished">Hal kulan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A time that has become free</source>
        <translation type="unfinished">Waqti bannaan noqday</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Family counselling: apply here</source>
        <translation type="unfinished">La-talinta qoyska: halkan ka codso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your language.</source>
        <translation type="unfinished">Dooro luqaddaada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How can we reach you?</source>
        <translation type="unfinished">Sidee kuula soo xiriiri karnaa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contact you to give you a time. You can also call us yourself.</source>
        <translation type="unfinished">Waan kula soo xiriiraynaa si aan ballan kuu siinno. Adiguna waad na soo wici kartaa.</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+173"/>
        <source>Call me on my phone</source>
        <translation type="unfinished">Telefoonkayga igu soo wac</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>Write to me by e-mail</source>
        <translation type="unfinished">Iimayl ii soo qor</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>I will call you myself</source>
        <translation type="unfinished">Aniga ayaa idin soo wacaya</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Who is applying?</source>
        <translation type="unfinished">Yaa codsanaya?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the first name and an e-mail address of one adult. You can add one more adult.</source>
        <translation type="unfinished">Qor magaca koowaad iyo cinwaanka iimaylka hal qof oo weyn. Waxaad ku dari kartaa hal qof oo weyn oo kale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the first name and a phone number of one adult. You can add one more adult.</source>
        <translation type="unfinished">Qor magaca koowaad iyo lambarka telefoonka hal qof oo weyn. Waxaad ku dari kartaa hal qof oo weyn oo kale.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adult 1</source>
        <translation type="unfinished">Qofka weyn 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>First name</source>
        <translation type="unfinished">Magaca koowaad</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+67"/>
        <source>Last name (if you want)</source>
        <translation type="unfinished">Magaca dambe (haddii aad rabto)</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+499"/>
        <source>Phone number</source>
        <translation type="unfinished">Lambarka telefoonka</translation>
    </message>
    <message>
        <location line="-487"/>
        <location line="+487"/>
        <source>E-mail address</source>
        <translation type="unfinished">Cinwaanka iimaylka</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>Add one more adult</source>
        <translation type="unfinished">Ku dar hal qof oo weyn oo kale</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adult 2</source>
        <translation type="unfinished">Qofka weyn 2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Phone number (if you want)</source>
        <translation type="unfinished">Lambarka telefoonka (haddii aad rabto)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail address (if you want)</source>
        <translation type="unfinished">Cinwaanka iimaylka (haddii aad rabto)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When will you call us?</source>
        <translation type="unfinished">Goorma ayaad na soo wici doontaa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day and a time. You do not have to give your name.</source>
        <translation type="unfinished">Dooro maalin iyo saacad. Uma baahnid inaad magacaaga sheegto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day</source>
        <translation type="unfinished">Maalinta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation type="unfinished">Saacadda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1</source>
        <translation type="unfinished">Saacadda %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Two questions</source>
        <translation type="unfinished">Laba su&apos;aalood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families with small children and people in an acute crisis get a time sooner.</source>
        <translation type="unfinished">Qoysaska leh carruur yaryar iyo dadka ku jira xaalad degdeg ah ballan ayay goor hore helaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do small children live with you?</source>
        <translation type="unfinished">Carruur yaryar ma kula nool yihiin?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Are you in an acute crisis right now?</source>
        <translation type="unfinished">Hadda ma ku jirtaa xaalad degdeg ah?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you need an interpreter?</source>
        <translation type="unfinished">Ma u baahan tahay turjubaan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family counselling talks with you in Swedish, or with an interpreter.</source>
        <translation type="unfinished">La-talinta qoyska waxay kula hadlaysaa af Iswiidhish, ama iyadoo turjubaan la joogo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An interpreter at the meetings</source>
        <translation type="unfinished">Turjubaan inta lagu jiro kulamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need one</source>
        <translation type="unfinished">Haa, waan u baahanahay</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In which language?</source>
        <translation type="unfinished">Luqaddee?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Interpreter in %1</source>
        <translation type="unfinished">Turjubaan: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where would you like to go?</source>
        <translation type="unfinished">Xaggee ayaad jeclaan lahayd inaad aaddo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city&apos;s family counselling, or an organisation that works with the city.</source>
        <translation type="unfinished">La-talinta qoyska ee magaalada, ama urur la shaqeeya magaalada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+226"/>
        <source>It does not matter</source>
        <translation type="unfinished">Muhiim ma aha</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>%1 (an organisation)</source>
        <translation type="unfinished">%1 (urur)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One conversation soon?</source>
        <translation type="unfinished">Hal wadahadal oo dhow?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone can get one single conversation within one or two weeks. After it, you can stay in the queue.</source>
        <translation type="unfinished">Qof walba wuxuu heli karaa hal wadahadal muddo hal ama laba toddobaad gudahood ah. Kadib, waad sii joogi kartaa safka.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do you want a single conversation?</source>
        <translation type="unfinished">Ma rabtaa hal wadahadal?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Free times</source>
        <translation type="unfinished">Waqtiyo bannaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can ask for one of these times now. We confirm it with you.</source>
        <translation type="unfinished">Hadda waxaad codsan kartaa mid ka mid ah waqtiyadan. Waan kuu xaqiijin doonnaa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no free times right now. We will contact you.</source>
        <translation type="unfinished">Hadda ma jiraan waqtiyo bannaan. Waan kula soo xiriiri doonnaa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of these times</source>
        <translation type="unfinished">Waqtiyadan midna ma rabo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ask for this time: %1</source>
        <translation type="unfinished">Codso waqtigan: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your consent</source>
        <translation type="unfinished">Oggolaanshahaaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We save your application so that family counselling can contact you. Only family counselling can read your names and how to reach you. We do not share them with other parts of social services.</source>
        <translation type="unfinished">Codsigaaga waan kaydinaynaa si la-talinta qoysku kuula soo xiriirto. La-talinta qoyska oo keliya ayaa akhrin karta magacyadiinna iyo sida laydinkula soo xiriiro. Lalama wadaagno qaybaha kale ee adeegyada bulshada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>Yes, I agree</source>
        <translation type="unfinished">Haa, waan oggolahay</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>I agree that family counselling saves my application</source>
        <translation type="unfinished">Waan oggolahay in la-talinta qoysku kaydiso codsigayga</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Without your consent we cannot take the application. You can call family counselling instead.</source>
        <translation type="unfinished">Oggolaanshahaaga la&apos;aantiis codsiga ma qaadan karno. Taa beddelkeeda waxaad wici kartaa la-talinta qoyska.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Is this right?</source>
        <translation type="unfinished">Tani ma sax baa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your answers. Go back to change something.</source>
        <translation type="unfinished">Hubi jawaabahaaga. Dib u noqo haddii aad wax beddelayso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my application</source>
        <translation type="unfinished">Dir codsigayga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How we reach you</source>
        <translation type="unfinished">Sida aan kuula soo xiriirno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will call us</source>
        <translation type="unfinished">Adiga ayaa na soo wacaya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adult %1</source>
        <translation type="unfinished">Qofka weyn %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small children at home</source>
        <translation type="unfinished">Carruur yaryar guriga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acute crisis</source>
        <translation type="unfinished">Xaalad degdeg ah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation type="unfinished">Luqadda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation type="unfinished">Turjubaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation type="unfinished">Meesha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single conversation</source>
        <translation type="unfinished">Hal wadahadal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time you ask for</source>
        <translation type="unfinished">Waqtiga aad codsanayso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time chosen</source>
        <translation type="unfinished">Waqti lama dooran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation type="unfinished">Oggolaansho</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Thank you! Your application has been sent.</source>
        <translation type="unfinished">Mahadsanid! Codsigaaga waa la diray.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your reference code:</source>
        <translation type="unfinished">Koodhkaaga tixraaca:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your reference code is %1</source>
        <translation type="unfinished">Koodhkaaga tixraacu waa %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write this code down. Say it if you call us.</source>
        <translation type="unfinished">Koodhkan qor. Sheeg haddii aad na soo wacdo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time you chose was taken just now. We will contact you about another time.</source>
        <translation type="unfinished">Waqtigii aad dooratay hadda uun baa la qaatay. Waxaan kuugula soo xiriiri doonnaa waqti kale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation type="unfinished">Waa dhammaatay</translation>
    </message>
</context>
<context>
    <name>IdleGuard</name>
    <message>
        <location filename="../components/IdleGuard.qml" line="+69"/>
        <source>Are you still there?</source>
        <translation type="unfinished">Weli ma joogtaa?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Everything you entered will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Wax kasta oo aad gelisay waa la tirtiri doonaa %n ilbiriqsi kadib.</numerusform>
            <numerusform>Wax kasta oo aad gelisay waa la tirtiri doonaa %n ilbiriqsi kadib.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue</source>
        <translation type="unfinished">Sii wad</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="+62"/>
        <source>Please fill this in.</source>
        <translation type="unfinished">Fadlan buuxi meeshan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation type="unfinished">Tani aad bay u dheer tahay. Isticmaal ugu badnaan %1 xaraf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too short.</source>
        <translation type="unfinished">Tani aad bay u gaaban tahay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please use only letters, and spaces between names.</source>
        <translation type="unfinished">Fadlan isticmaal xarfo keliya, iyo meel bannaan inta u dhexeysa magacyada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished">Fadlan dooro mid ka mid ah doorashooyinka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check this answer.</source>
        <translation type="unfinished">Fadlan hubi jawaabtan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk could not save your visit. Please ask the staff at the desk.</source>
        <translation type="unfinished">Qalabku ma kaydin karin booqashadaada. Fadlan weydii shaqaalaha miiska.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please ask the staff at the desk.</source>
        <translation type="unfinished">Wax baa khaldamay. Fadlan weydii shaqaalaha miiska.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">Dib u noqo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation type="unfinished">Dib u bilow</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Welcome! Choose your language</source>
        <translation type="unfinished">Soo dhawoow! Dooro luqaddaada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch your language.</source>
        <translation type="unfinished">Taabo luqaddaada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What do you need help with today?</source>
        <translation type="unfinished">Maxaan maanta kaaga caawin karnaa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That service is not open now. Please choose again.</source>
        <translation type="unfinished">Adeeggaas hadda ma furna. Fadlan mar kale dooro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture.</source>
        <translation type="unfinished">Taabo sawir.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No service is open today. Please ask the staff at the desk.</source>
        <translation type="unfinished">Maanta adeeg furan ma jiro. Fadlan weydii shaqaalaha miiska.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Is this your first visit to Welcome House?</source>
        <translation type="unfinished">Ma tani waa booqashadaada ugu horreysay ee Welcome House?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes, this is my first visit</source>
        <translation type="unfinished">Haa, waa markii ugu horreysay ee aan imaado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, I have been here before</source>
        <translation type="unfinished">Maya, hore ayaan halkan u imid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t want to answer</source>
        <translation type="unfinished">Ma rabo inaan ka jawaabo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What is your first name?</source>
        <translation type="unfinished">Magacaaga koowaad waa maxay?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do not have to write it. We call you by your number.</source>
        <translation type="unfinished">Uma baahnid inaad qorto. Waxaan kuugu yeeri doonnaa lambarkaaga.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First name (if you want)</source>
        <translation type="unfinished">Magaca koowaad (haddii aad rabto)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Skip</source>
        <translation type="unfinished">Ka gudub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the name</source>
        <translation type="unfinished">Ka gudub magaca</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next</source>
        <translation type="unfinished">Xiga</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you need an interpreter?</source>
        <translation type="unfinished">Ma u baahan tahay turjubaan?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No, I do not need an interpreter</source>
        <translation type="unfinished">Maya, uma baahni turjubaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, an interpreter in:</source>
        <translation type="unfinished">Haa, turjubaan ku hadla:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Interpreter in %1</source>
        <translation type="unfinished">Turjubaan: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Get my ticket</source>
        <translation type="unfinished">Qaado lambarkayga</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your number</source>
        <translation type="unfinished">Lambarkaaga</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your number is %1</source>
        <translation type="unfinished">Lambarkaagu waa %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>About %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>Qiyaastii %n daqiiqo</numerusform>
            <numerusform>Qiyaastii %n daqiiqo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will be called soon</source>
        <translation type="unfinished">Dhawaan ayaa laguu yeeri doonaa</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s) before you</source>
        <translation type="unfinished">
            <numerusform>%n qof ayaa kaa horreeya</numerusform>
            <numerusform>%n qof ayaa kaa horreeya</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are next</source>
        <translation type="unfinished">Adiga ayaa xiga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please sit down. Your number will be shown on the screen when it is your turn.</source>
        <translation type="unfinished">Fadlan fadhiiso. Lambarkaaga ayaa shaashadda ka soo muuqan doona marka ay noobaddaadu timaaddo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation type="unfinished">Waa dhammaatay</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="+25"/>
        <source>Intake</source>
        <translation type="unfinished">Intake</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../components/Messages.qml" line="+10"/>
        <source>Please check the marked fields.</source>
        <translation type="unfinished">Fadlan hubi meelaha la calaamadeeyay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is full. Nothing was lost, but nothing new can be saved. Please tell the staff.</source>
        <translation type="unfinished">Qalabku waa buuxaa. Waxba ma lumin, laakiin wax cusub lama kaydin karo. Fadlan u sheeg shaqaalaha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s data cannot be opened with its key. Nothing was changed. Ask IT for help.</source>
        <translation type="unfinished">Xogta qalabkan lagama furi karo furahiisa. Waxba lama beddelin. Caawimaad ka weydii IT-ga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s data is damaged. Ask IT to restore it from the central service.</source>
        <translation type="unfinished">Xogta qalabkan waa waxyeellowday. Ka codso IT-ga inay ka soo celiyaan adeegga dhexe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake is already running on this device.</source>
        <translation type="unfinished">Intake horeba wuu uga shaqaynayaa qalabkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device could not save. Nothing was lost. Please try again or tell the staff.</source>
        <translation type="unfinished">Qalabku wax ma kaydin karin. Waxba ma lumin. Fadlan isku day mar kale ama u sheeg shaqaalaha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is waiting in this queue.</source>
        <translation type="unfinished">Qofna kuma sugayo safkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this at the same time. Look again and retry.</source>
        <translation type="unfinished">Qof kale ayaa isla waqtigaas beddelay tan. Mar kale eeg oo isku day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has no key for its data. Ask IT to enrol it again.</source>
        <translation type="unfinished">Qalabkani ma laha fure xogtiisa. Ka codso IT-ga inay mar kale diiwaangeliyaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device&apos;s key store is locked or unavailable. Nothing was changed. Try again, or ask IT.</source>
        <translation type="unfinished">Kaydka furayaasha qalabku waa xiran yahay ama lama heli karo. Waxba lama beddelin. Isku day mar kale, ama weydii IT-ga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished">PIN-ku waa khaldan yahay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. Please wait before trying again.</source>
        <translation type="unfinished">PIN khaldan ayaa marar badan la geliyay. Fadlan sug ka hor intaadan mar kale isku dayin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs: the keys on this tablet were erased. Ask IT to enrol it again.</source>
        <translation type="unfinished">PIN khaldan ayaa marar badan la geliyay: furayaasha tablet-kan waa la tirtiray. Ka codso IT-ga inay mar kale diiwaangeliyaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have at least 6 digits.</source>
        <translation type="unfinished">PIN-ku waa inuu lahaadaa ugu yaraan 6 lambar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN may only contain digits.</source>
        <translation type="unfinished">PIN-ku waa inuu ka koobnaadaa lambarro keliya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is already set on this device.</source>
        <translation type="unfinished">Qalabkan PIN ayaa horeba loogu sameeyay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the tablet first.</source>
        <translation type="unfinished">Marka hore fur tablet-ka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration is not available on this device yet. Please ask the staff.</source>
        <translation type="unfinished">Is-diiwaangelinta weli lagama heli karo qalabkan. Fadlan weydii shaqaalaha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central service refused this device. Ask IT to check its enrolment.</source>
        <translation type="unfinished">Adeegga dhexe wuu diiday qalabkan. Ka codso IT-ga inay hubiyaan diiwaangelintiisa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The central service could not be verified. Nothing was sent.</source>
        <translation type="unfinished">Adeegga dhexe lama xaqiijin karin. Waxba lama dirin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central service cannot be reached. Everything is kept on this device and sent later.</source>
        <translation type="unfinished">Adeegga dhexe lama gaari karo. Wax walba waxay ku kaydsan yihiin qalabkan, waxaana la diri doonaa goor dambe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong (%1). Nothing that was saved is lost.</source>
        <translation type="unfinished">Wax baa khaldamay (%1). Waxa la kaydiyay waxba kama lumin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please fill this in.</source>
        <translation type="unfinished">Fadlan buuxi meeshan.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too long: at most %n character(s).</source>
        <translation type="unfinished">
            <numerusform>Aad u dheer: ugu badnaan %n xaraf.</numerusform>
            <numerusform>Aad u dheer: ugu badnaan %n xaraf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too short: at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform>Aad u gaaban: ugu yaraan %n xaraf.</numerusform>
            <numerusform>Aad u gaaban: ugu yaraan %n xaraf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contains characters that cannot be used.</source>
        <translation type="unfinished">Tan waxaa ku jira xarfo aan la isticmaali karin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a phone number we can call.</source>
        <translation type="unfinished">Kani maaha lambar telefoon oo aan wici karno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid date.</source>
        <translation type="unfinished">Kani maaha taariikh sax ah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is not possible here.</source>
        <translation type="unfinished">Taariikhdan halkan suurtagal ma aha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished">Fadlan dooro mid ka mid ah doorashooyinka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is outside the allowed range.</source>
        <translation type="unfinished">Lambarkani wuu ka baxsan yahay xadka la oggol yahay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not fit with another answer.</source>
        <translation type="unfinished">Tani kuma habboona jawaab kale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check this.</source>
        <translation type="unfinished">Fadlan hubi tan.</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <location filename="../pages/outreach/OutreachPage.qml" line="+60"/>
        <source>Centrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hisingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nordost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sydväst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>66 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A place to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Alcohol or drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents, ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact with authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social services intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addiction services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children and young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public Employment Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overnight place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+684"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-683"/>
        <source>Report of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed on two tablets at the same time. Someone must decide which is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place was given twice. The first one was kept: the other person needs another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The central service did not accept it. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At most %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some characters cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit with another answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some answers are missing or not valid: see the red text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tablet is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tablet&apos;s storage is full. Nothing was lost. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That could not be saved (%1). Try again; if it keeps happening, ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contact(s) today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>The PIN must have at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The two PINs were not the same. Choose the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PIN could not be set (%1). Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a staff PIN for this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the same PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new PIN of at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need it every time the tablet has locked itself. Do not use a PIN that is easy to guess, such as 123456 or a birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PIN and open the tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: type the PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Wrong PIN. %n more wrong PIN(s) and the tablet erases its keys.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PINs: this tablet&apos;s keys have been erased. Nothing can be opened on it any more. Ask IT to set it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN has at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tablet could not be opened (%1). Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The tablet is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your staff PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Quick contact
(no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick contact without names: choose the area, then how many people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+179"/>
        <source>Contact with a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Tonight&apos;s places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonight&apos;s overnight places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+598"/>
        <source>Referral to another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-588"/>
        <source>Concern about a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+734"/>
        <source>Report of concern about a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-724"/>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+832"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-816"/>
        <source>Where did you meet them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Saved at %1: %n person(s) met in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many people? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>5+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 or more people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved at once, with no names. &quot;5+&quot; is saved as 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved at %1: a contact with a person in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alias (what they call themselves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name (only with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person code (if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+292"/>
        <location line="+105"/>
        <source>4 to 16 capital letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Needs (all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Place (optional, e.g. &quot;Nils Ericson terminal&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person agrees that these details are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A name can only be saved with the person&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give an alias or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+381"/>
        <location line="+120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Save the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Place %1 is given for tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tonight&apos;s places (the night of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 · duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Free this place (given by mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place %1 is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+375"/>
        <source>Handled: the other person got help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the version shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-522"/>
        <source>%1 places: %2 of %3 field places free, %4 of %5 duty-team places free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning: place %1 was given to two people on different tablets. Call the duty team and decide who gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: place %1 had been given twice; the first one was kept. The other person needs another place tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duty team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Place %1 needs checking: see the warning above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place %1 is already given tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place %1 is given by the out-of-hours duty team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give place %1 for tonight (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with an assistance decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without an assistance decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+105"/>
        <source>Person code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+105"/>
        <source>Alias (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Give the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This place is already given tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved at %1: the referral to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Caseworker (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To which unit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why (what the person needs help with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person agrees that we contact this unit about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A referral needs the person&apos;s consent. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Report of concern sent at %1. Reference: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report of concern sent at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report what you saw or heard. The report goes to social services the next time the tablet syncs, and it cannot be changed or deleted here afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The child&apos;s age (if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An age from 0 to 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What worries you about the child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../pages/reception/ReceptionPage.qml" line="+96"/>
        <source>Nobody is waiting for this service right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visit is no longer in the queue. The list has been updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That cannot be done with this visit now. Another desk may already have marked it. The list has been updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another desk changed this visit at the same moment. The list has been updated: please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tablet&apos;s storage is full. Nothing was lost. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something is missing: choose a service and a language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work (%1). Try again; if it keeps happening, ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Call ticket %1 to desk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1 called again to desk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has been served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 left without service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 did not come when called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New ticket %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today: %1 visits · %2 waiting · %3 at a desk · %4 served · %5 left · %6 did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No service runs today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n at a desk</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>longest wait %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>At desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Waited %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interpreter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+124"/>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+79"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Ticket %1 was served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>Call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Call ticket %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Called to a desk, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left without service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move to another service (keeps the ticket and the place in the queue):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move ticket %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Register a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language the visitor speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interpreter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../pages/setup/SetupPage.qml" line="+31"/>
        <source>Set up this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the admin PIN to change this device&apos;s setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First start: choose an admin PIN (at least 6 digits). IT keeps it; the setup screen asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome House kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome House reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family counselling self-registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Device name (lower case letters, digits and dashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site (Welcome House)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket slot of this device at its site (1, 2, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outreach team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff id of the person using this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Central service (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartErrorPage</name>
    <message>
        <location filename="../pages/setup/StartErrorPage.qml" line="+18"/>
        <source>This device cannot start</source>
        <translation type="unfinished">Qalabkani ma bilaabmi karo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation type="unfinished">Isku day mar kale</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../pages/reception/StatisticsPage.qml" line="+66"/>
        <source>No export folder is set up on this tablet. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 and %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export folder %1 does not exist. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export did not work (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Back to the queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statistics December %1 – November %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report as CSV and JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The whole year: %1 visits by %2 visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statistics could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dark blue bars: visits. Orange bars: visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+39"/>
        <source>%1: %2 visits, %3 visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No visits were recorded in this year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../components/SyncStatusBar.qml" line="+19"/>
        <source>Sync is not set up</source>
        <translation type="unfinished">Isku-dubbaridka xogta lama dejin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation type="unfinished">Xogta waa la isku dubbaridayaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation type="unfinished">Khadka ku xiran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline: everything is saved on this device</source>
        <translation type="unfinished">Khadka kama xirna: wax walba waxay ku kaydsan yihiin qalabkan</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The device clock is wrong by %n minute(s). Ask IT to set it.</source>
        <translation type="unfinished">
            <numerusform>Saacadda qalabku way khaldan tahay %n daqiiqo. Weydii IT inay saxaan.</numerusform>
            <numerusform>Saacadda qalabku way khaldan tahay %n daqiiqo. Weydii IT inay saxaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The device clock is wrong by %n hour(s). Ask IT to set it.</source>
        <translation type="unfinished">
            <numerusform>Saacadda qalabku way khaldan tahay %n saac. Weydii IT inay saxaan.</numerusform>
            <numerusform>Saacadda qalabku way khaldan tahay %n saac. Weydii IT inay saxaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The device clock is wrong by %n day(s). Ask IT to set it.</source>
        <translation type="unfinished">
            <numerusform>Saacadda qalabku way khaldan tahay %n maalin. Weydii IT inay saxaan.</numerusform>
            <numerusform>Saacadda qalabku way khaldan tahay %n maalin. Weydii IT inay saxaan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never synced</source>
        <translation type="unfinished">Weligeed lama isku dubbarin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync %1</source>
        <translation type="unfinished">Isku-dubbaridkii ugu dambeeyay %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+26"/>
        <source>%n record(s) waiting</source>
        <translation type="unfinished">
            <numerusform>%n diiwaan ayaa sugaya</numerusform>
            <numerusform>%n diiwaan ayaa sugaya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <location line="+52"/>
        <source>%n need(s) attention</source>
        <translation type="unfinished">
            <numerusform>%n ayaa u baahan fiiro gaar ah</numerusform>
            <numerusform>%n ayaa u baahan fiiro gaar ah</numerusform>
        </translation>
    </message>
</context>
</TS>
