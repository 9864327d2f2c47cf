<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti">
<context>
    <name>CounsellingPage</name>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="+62"/>
        <source>Please fill this in.</source>
        <translation type="unfinished">በጃኹም ነዚ ምልኡ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation type="unfinished">እዚ ኣዝዩ ነዊሕ እዩ። ብዝበዝሐ %1 ፊደላት ተጠቐሙ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too short.</source>
        <translation type="unfinished">እዚ ኣዝዩ ሓጺር እዩ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check what you wrote.</source>
        <translation type="unfinished">በጃኹም ዝጸሓፍኩምዎ ኣረጋግጹ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We cannot call this number. Write it like 070-123 45 67 or +46 70 123 45 67.</source>
        <translation type="unfinished">ናብዚ ቁጽሪ ክንድውል ኣይንኽእልን ኢና። ከምዚ ጽሓፍዎ፦ 070-123 45 67 ወይ +46 70 123 45 67።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose another time.</source>
        <translation type="unfinished">በጃኹም ካልእ ግዜ ምረጹ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished">በጃኹም ካብቶም ምርጫታት ሓደ ምረጹ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Please check this answer.</source>
        <translation type="unfinished">በጃኹም ነዚ መልሲ ኣረጋግጹ።</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not ready to take applications. Please call family counselling instead.</source>
        <translation type="unfinished">እዚ መሳርሒ ገና መመልከቲታት ንምቕባል ድሉው ኣይኮነን። በጃኹም ኣብ ክንድኡ ናብ ምኽሪ ስድራቤት ደውሉ።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application could not be saved. Please call family counselling instead.</source>
        <translation type="unfinished">መመልከቲኹም ክዕቀብ ኣይከኣለን። በጃኹም ኣብ ክንድኡ ናብ ምኽሪ ስድራቤት ደውሉ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again, or call family counselling.</source>
        <translation type="unfinished">ገለ ጌጋ ኣጋጢሙ። በጃኹም እንደገና ፈትኑ፣ ወይ ናብ ምኽሪ ስድራቤት ደውሉ።</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Next</source>
        <translation type="unfinished">ቀጻሊ</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">ንድሕሪት</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation type="unfinished">እንደገና ጀምሩ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and clear everything</source>
        <translation type="unfinished">እንደገና ጀምሩን ኩሉ ደምስሱን</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+919"/>
        <source>Yes</source>
        <translation type="unfinished">እወ</translation>
    </message>
    <message>
        <location line="-918"/>
        <location line="+650"/>
        <location line="+268"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>No</source>
        <translation type="unfinished">ኣይፋል</translation>
    </message>
    <message>
        <location line="-791"/>
        <source>Single session</source>
        <translation type="unfinished">ሓደ ርክብ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A time that has become free</source>
        <translation type="unfinished">ነጻ ዝኾነ ግዜ</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Family counselling: apply here</source>
        <translation type="unfinished">ምኽሪ ስድራቤት፦ ኣብዚ ኣመልክቱ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your language.</source>
        <translation type="unfinished">ቋንቋኹም ምረጹ።</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How can we reach you?</source>
        <translation type="unfinished">ብኸመይ ክንረኽበኩም ንኽእል?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contact you to give you a time. You can also call us yourself.</source>
        <translation type="unfinished">ግዜ ክንህበኩም ክንረኽበኩም ኢና። ባዕልኹም&apos;ውን ክትድውሉልና ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+173"/>
        <source>Call me on my phone</source>
        <translation type="unfinished">ናብ ተሌፎነይ ደውሉለይ</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>Write to me by e-mail</source>
        <translation type="unfinished">ብኢመይል ጽሓፉለይ</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>I will call you myself</source>
        <translation type="unfinished">ባዕለይ ክድውለልኩም እየ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Who is applying?</source>
        <translation type="unfinished">መን እዩ ዘመልክት ዘሎ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the first name and an e-mail address of one adult. You can add one more adult.</source>
        <translation type="unfinished">ናይ ሓደ ዓቢ ሰብ ስምን ኣድራሻ ኢመይልን ጽሓፉ። ሓደ ካልእ ዓቢ ሰብ ክትውስኹ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the first name and a phone number of one adult. You can add one more adult.</source>
        <translation type="unfinished">ናይ ሓደ ዓቢ ሰብ ስምን ቁጽሪ ተሌፎንን ጽሓፉ። ሓደ ካልእ ዓቢ ሰብ ክትውስኹ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adult 1</source>
        <translation type="unfinished">ዓቢ ሰብ 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>First name</source>
        <translation type="unfinished">ስም</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+67"/>
        <source>Last name (if you want)</source>
        <translation type="unfinished">ስም ኣቦ (እንተደሊኹም)</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+499"/>
        <source>Phone number</source>
        <translation type="unfinished">ቁጽሪ ተሌፎን</translation>
    </message>
    <message>
        <location line="-487"/>
        <location line="+487"/>
        <source>E-mail address</source>
        <translation type="unfinished">ኣድራሻ ኢመይል</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>Add one more adult</source>
        <translation type="unfinished">ሓደ ካልእ ዓቢ ሰብ ወስኹ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adult 2</source>
        <translation type="unfinished">ዓቢ ሰብ 2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Phone number (if you want)</source>
        <translation type="unfinished">ቁጽሪ ተሌፎን (እንተደሊኹም)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail address (if you want)</source>
        <translation type="unfinished">ኣድራሻ ኢመይል (እንተደሊኹም)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When will you call us?</source>
        <translation type="unfinished">መዓስ ክትድውሉልና ኢኹም?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day and a time. You do not have to give your name.</source>
        <translation type="unfinished">መዓልትን ሰዓትን ምረጹ። ስምኩም ክትህቡ ኣየድልየኩምን።</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day</source>
        <translation type="unfinished">መዓልቲ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation type="unfinished">ሰዓት</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1</source>
        <translation type="unfinished">ሰዓት %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Two questions</source>
        <translation type="unfinished">ክልተ ሕቶታት</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families with small children and people in an acute crisis get a time sooner.</source>
        <translation type="unfinished">ንኣሽቱ ቆልዑ ዘለዉዎም ስድራቤታትን ኣብ ከቢድ ቅልውላው ዘለዉ ሰባትን ቀልጢፎም ግዜ ይረኽቡ።</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do small children live with you?</source>
        <translation type="unfinished">ንኣሽቱ ቆልዑ ምሳኹም ይነብሩ ዶ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Are you in an acute crisis right now?</source>
        <translation type="unfinished">ሕጂ ኣብ ከቢድ ቅልውላው ዶ ኣለኹም?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you need an interpreter?</source>
        <translation type="unfinished">ተርጓሚ የድልየኩም ዶ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family counselling talks with you in Swedish, or with an interpreter.</source>
        <translation type="unfinished">ምኽሪ ስድራቤት ብቋንቋ ሽወደን ወይ ብተርጓሚ ምሳኹም ይዛረብ።</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An interpreter at the meetings</source>
        <translation type="unfinished">ኣብ ርክባት ተርጓሚ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need one</source>
        <translation type="unfinished">እወ፣ የድልየኒ እዩ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In which language?</source>
        <translation type="unfinished">ብኣየናይ ቋንቋ?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Interpreter in %1</source>
        <translation type="unfinished">ተርጓሚ ብቋንቋ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where would you like to go?</source>
        <translation type="unfinished">ናበይ ክትከዱ ትደልዩ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city&apos;s family counselling, or an organisation that works with the city.</source>
        <translation type="unfinished">ናይ ከተማ ምኽሪ ስድራቤት፣ ወይ ምስ ከተማ ዝሰርሕ ትካል።</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+226"/>
        <source>It does not matter</source>
        <translation type="unfinished">ፍልልይ የብሉን</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>%1 (an organisation)</source>
        <translation type="unfinished">%1 (ትካል)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One conversation soon?</source>
        <translation type="unfinished">ቀልጢፉ ሓደ ዝርርብ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone can get one single conversation within one or two weeks. After it, you can stay in the queue.</source>
        <translation type="unfinished">ኩሉ ሰብ ኣብ ውሽጢ ሓደ ወይ ክልተ ሰሙን ሓደ ዝርርብ ክረክብ ይኽእል። ድሕሪኡ ኣብ መስርዕ ክትጸንሑ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do you want a single conversation?</source>
        <translation type="unfinished">ሓደ ዝርርብ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Free times</source>
        <translation type="unfinished">ነጻ ግዜታት</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can ask for one of these times now. We confirm it with you.</source>
        <translation type="unfinished">ሕጂ ሓደ ካብዞም ግዜታት ክትሓቱ ትኽእሉ ኢኹም። ምሳኹም ከነረጋግጾ ኢና።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no free times right now. We will contact you.</source>
        <translation type="unfinished">ሕጂ ነጻ ግዜ የለን። ክንረኽበኩም ኢና።</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of these times</source>
        <translation type="unfinished">ካብዞም ግዜታት ሓደ&apos;ውን ኣይኮነን</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ask for this time: %1</source>
        <translation type="unfinished">ነዚ ግዜ ሕተቱ፦ %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your consent</source>
        <translation type="unfinished">ፍቓድኩም</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We save your application so that family counselling can contact you. Only family counselling can read your names and how to reach you. We do not share them with other parts of social services.</source>
        <translation type="unfinished">ምኽሪ ስድራቤት ክረኽበኩም ምእንቲ መመልከቲኹም ንዕቅቦ። ኣስማትኩምን ብኸመይ ከም እትርከቡን ምኽሪ ስድራቤት ጥራይ እዩ ከንብቦ ዝኽእል። ምስ ካልኦት ክፍልታት ማሕበራዊ ኣገልግሎት ኣይንካፈሎን ኢና።</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>Yes, I agree</source>
        <translation type="unfinished">እወ፣ እሰማማዕ እየ</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>I agree that family counselling saves my application</source>
        <translation type="unfinished">ምኽሪ ስድራቤት መመልከቲየ ክዕቅቦ እሰማማዕ እየ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Without your consent we cannot take the application. You can call family counselling instead.</source>
        <translation type="unfinished">ብዘይ ፍቓድኩም መመልከቲ ክንቅበል ኣይንኽእልን ኢና። ኣብ ክንድኡ ናብ ምኽሪ ስድራቤት ክትድውሉ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Is this right?</source>
        <translation type="unfinished">እዚ ቅኑዕ ድዩ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your answers. Go back to change something.</source>
        <translation type="unfinished">መልስታትኩም ኣረጋግጹ። ገለ ንምቕያር ንድሕሪት ተመለሱ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my application</source>
        <translation type="unfinished">መመልከቲየ ስደድ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How we reach you</source>
        <translation type="unfinished">ብኸመይ ንረኽበኩም</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will call us</source>
        <translation type="unfinished">ባዕልኹም ክትድውሉልና ኢኹም</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adult %1</source>
        <translation type="unfinished">ዓቢ ሰብ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small children at home</source>
        <translation type="unfinished">ኣብ ገዛ ንኣሽቱ ቆልዑ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acute crisis</source>
        <translation type="unfinished">ከቢድ ቅልውላው</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation type="unfinished">ቋንቋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation type="unfinished">ተርጓሚ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation type="unfinished">ቦታ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single conversation</source>
        <translation type="unfinished">ሓደ ዝርርብ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time you ask for</source>
        <translation type="unfinished">ዝሓተትኩምዎ ግዜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time chosen</source>
        <translation type="unfinished">ግዜ ኣይተመርጸን</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation type="unfinished">ፍቓድ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Thank you! Your application has been sent.</source>
        <translation type="unfinished">የቐንየልና! መመልከቲኹም ተላኢኹ እዩ።</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your reference code:</source>
        <translation type="unfinished">ኮድ መወከሲኹም፦</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your reference code is %1</source>
        <translation type="unfinished">ኮድ መወከሲኹም %1 እዩ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write this code down. Say it if you call us.</source>
        <translation type="unfinished">ነዚ ኮድ ጽሓፍዎ። እንተ ደወልኩምልና ንገሩና።</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time you chose was taken just now. We will contact you about another time.</source>
        <translation type="unfinished">ዝመረጽኩምዎ ግዜ ሕጂ ብኻልእ ተታሒዙ። ብዛዕባ ካልእ ግዜ ክንረኽበኩም ኢና።</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation type="unfinished">ተወዲኡ</translation>
    </message>
</context>
<context>
    <name>IdleGuard</name>
    <message>
        <location filename="../components/IdleGuard.qml" line="+69"/>
        <source>Are you still there?</source>
        <translation type="unfinished">ገና ኣለኹም ዶ?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Everything you entered will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>ዝኣተኹምዎ ኩሉ ድሕሪ %n ሰከንድ ክድምሰስ እዩ።</numerusform>
            <numerusform>ዝኣተኹምዎ ኩሉ ድሕሪ %n ሰከንድ ክድምሰስ እዩ።</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue</source>
        <translation type="unfinished">ቀጽሉ</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="+62"/>
        <source>Please fill this in.</source>
        <translation type="unfinished">በጃኹም ነዚ ምልኡ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation type="unfinished">እዚ ኣዝዩ ነዊሕ እዩ። ብዝበዝሐ %1 ፊደላት ተጠቐሙ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too short.</source>
        <translation type="unfinished">እዚ ኣዝዩ ሓጺር እዩ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please use only letters, and spaces between names.</source>
        <translation type="unfinished">በጃኹም ፊደላት ጥራይ ተጠቐሙ፣ ኣብ መንጎ ኣስማት ድማ ባዶ ቦታ ግደፉ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished">በጃኹም ካብቶም ምርጫታት ሓደ ምረጹ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check this answer.</source>
        <translation type="unfinished">በጃኹም ነዚ መልሲ ኣረጋግጹ።</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk could not save your visit. Please ask the staff at the desk.</source>
        <translation type="unfinished">እቲ መሳርሒ ምብጻሕኩም ክዕቅብ ኣይከኣለን። በጃኹም ኣብ መቐበሊ ዘለዉ ሰራሕተኛታት ሕተቱ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please ask the staff at the desk.</source>
        <translation type="unfinished">ገለ ጌጋ ኣጋጢሙ። በጃኹም ኣብ መቐበሊ ዘለዉ ሰራሕተኛታት ሕተቱ።</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">ንድሕሪት</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation type="unfinished">እንደገና ጀምሩ</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Welcome! Choose your language</source>
        <translation type="unfinished">እንቋዕ ብደሓን መጻእኩም! ቋንቋኹም ምረጹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch your language.</source>
        <translation type="unfinished">ቋንቋኹም ጠውቑ።</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What do you need help with today?</source>
        <translation type="unfinished">ሎሚ ብምንታይ ክንሕግዘኩም?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That service is not open now. Please choose again.</source>
        <translation type="unfinished">እዚ ኣገልግሎት ሕጂ ክፉት ኣይኮነን። በጃኹም እንደገና ምረጹ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture.</source>
        <translation type="unfinished">ስእሊ ጠውቑ።</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No service is open today. Please ask the staff at the desk.</source>
        <translation type="unfinished">ሎሚ ክፉት ኣገልግሎት የለን። በጃኹም ኣብ መቐበሊ ዘለዉ ሰራሕተኛታት ሕተቱ።</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Is this your first visit to Welcome House?</source>
        <translation type="unfinished">ናብ Welcome House ክትመጹ ናይ መጀመርታ ግዜኹም ድዩ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes, this is my first visit</source>
        <translation type="unfinished">እወ፣ ናይ መጀመርታ ግዜይ እዩ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, I have been here before</source>
        <translation type="unfinished">ኣይፋል፣ ቅድሚ ሕጂ መጺአ እየ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t want to answer</source>
        <translation type="unfinished">ክምልስ ኣይደልን</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What is your first name?</source>
        <translation type="unfinished">ስምኩም መን እዩ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do not have to write it. We call you by your number.</source>
        <translation type="unfinished">ክትጽሕፍዎ ኣየድልየኩምን። ብቑጽርኹም ክንጽውዓኩም ኢና።</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First name (if you want)</source>
        <translation type="unfinished">ስም (እንተደሊኹም)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Skip</source>
        <translation type="unfinished">ሕለፉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the name</source>
        <translation type="unfinished">ስም ሕለፉ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next</source>
        <translation type="unfinished">ቀጻሊ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you need an interpreter?</source>
        <translation type="unfinished">ተርጓሚ የድልየኩም ዶ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No, I do not need an interpreter</source>
        <translation type="unfinished">ኣይፋል፣ ተርጓሚ ኣየድልየንን</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, an interpreter in:</source>
        <translation type="unfinished">እወ፣ ተርጓሚ ብቋንቋ፦</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Interpreter in %1</source>
        <translation type="unfinished">ተርጓሚ ብቋንቋ %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Get my ticket</source>
        <translation type="unfinished">ቁጽረይ ሃበኒ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your number</source>
        <translation type="unfinished">ቁጽርኹም</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your number is %1</source>
        <translation type="unfinished">ቁጽርኹም %1 እዩ</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>About %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>ኣስታት %n ደቒቕ</numerusform>
            <numerusform>ኣስታት %n ደቒቕ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will be called soon</source>
        <translation type="unfinished">ቀልጢፍኩም ክትጽውዑ ኢኹም</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s) before you</source>
        <translation type="unfinished">
            <numerusform>ቅድሜኹም %n ሰብ ኣሎ</numerusform>
            <numerusform>ቅድሜኹም %n ሰባት ኣለዉ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are next</source>
        <translation type="unfinished">ዝቕጽሉ ንስኹም ኢኹም</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please sit down. Your number will be shown on the screen when it is your turn.</source>
        <translation type="unfinished">በጃኹም ኮፍ በሉ። ተራኹም ምስ በጽሐ ቁጽርኹም ኣብ ስክሪን ክርአ እዩ።</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation type="unfinished">ተወዲኡ</translation>
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
        <translation type="unfinished">በጃኹም ዝተመልከቱ ቦታታት ኣረጋግጹ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is full. Nothing was lost, but nothing new can be saved. Please tell the staff.</source>
        <translation type="unfinished">እቲ መሳርሒ መሊኡ እዩ። ዝጠፍአ የለን፣ ግን ሓድሽ ነገር ክዕቀብ ኣይክእልን። በጃኹም ንሰራሕተኛታት ንገሩ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s data cannot be opened with its key. Nothing was changed. Ask IT for help.</source>
        <translation type="unfinished">ሓበሬታ ናይዚ መሳርሒ ብመፍትሕኡ ክኽፈት ኣይከኣለን። ዝተቐየረ የለን። ንክፍሊ IT ሓገዝ ሕተቱ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s data is damaged. Ask IT to restore it from the central service.</source>
        <translation type="unfinished">ሓበሬታ ናይዚ መሳርሒ ተበላሺዩ። ካብቲ ማእከላይ ኣገልግሎት ክመልስዎ ንክፍሊ IT ሕተቱ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake is already running on this device.</source>
        <translation type="unfinished">Intake ኣብዚ መሳርሒ ድሮ ይሰርሕ ኣሎ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device could not save. Nothing was lost. Please try again or tell the staff.</source>
        <translation type="unfinished">እቲ መሳርሒ ክዕቅብ ኣይከኣለን። ዝጠፍአ የለን። በጃኹም እንደገና ፈትኑ ወይ ንሰራሕተኛታት ንገሩ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is waiting in this queue.</source>
        <translation type="unfinished">ኣብዚ መስርዕ ዝጽበ ሰብ የለን።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this at the same time. Look again and retry.</source>
        <translation type="unfinished">ካልእ ሰብ ኣብ ሓደ ግዜ ነዚ ቀይርዎ። እንደገና ርኣዩ፣ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has no key for its data. Ask IT to enrol it again.</source>
        <translation type="unfinished">እዚ መሳርሒ ንሓበሬታኡ መፍትሕ የብሉን። እንደገና ክምዝግብዎ ንክፍሊ IT ሕተቱ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device&apos;s key store is locked or unavailable. Nothing was changed. Try again, or ask IT.</source>
        <translation type="unfinished">መዐቀቢ መፍትሕታት ናይቲ መሳርሒ ዕጹው ወይ ዘይርከብ እዩ። ዝተቐየረ የለን። እንደገና ፈትኑ፣ ወይ ንክፍሊ IT ሕተቱ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished">PIN ጌጋ እዩ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. Please wait before trying again.</source>
        <translation type="unfinished">ብዙሕ ግዜ ጌጋ PIN ኣእቲኹም። በጃኹም ቅድሚ እንደገና ምፍታንኩም ተጸበዩ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs: the keys on this tablet were erased. Ask IT to enrol it again.</source>
        <translation type="unfinished">ብዙሕ ግዜ ጌጋ PIN ኣእቲኹም፦ ኣብዚ ታብሌት ዝነበሩ መፍትሕታት ተደምሲሶም። እንደገና ክምዝግብዎ ንክፍሊ IT ሕተቱ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have at least 6 digits.</source>
        <translation type="unfinished">PIN እንተወሓደ 6 ኣሃዛት ክህልዎ ኣለዎ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN may only contain digits.</source>
        <translation type="unfinished">PIN ኣሃዛት ጥራይ ክሕዝ ይኽእል።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is already set on this device.</source>
        <translation type="unfinished">ኣብዚ መሳርሒ ድሮ PIN ተቐሚጡ ኣሎ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the tablet first.</source>
        <translation type="unfinished">ቅድም ነቲ ታብሌት ክፈትዎ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration is not available on this device yet. Please ask the staff.</source>
        <translation type="unfinished">ምዝገባ ኣብዚ መሳርሒ ገና ኣይተዳለወን። በጃኹም ንሰራሕተኛታት ሕተቱ።</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central service refused this device. Ask IT to check its enrolment.</source>
        <translation type="unfinished">እቲ ማእከላይ ኣገልግሎት ነዚ መሳርሒ ነጺግዎ። ምዝገባኡ ክርእዩ ንክፍሊ IT ሕተቱ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The central service could not be verified. Nothing was sent.</source>
        <translation type="unfinished">እቲ ማእከላይ ኣገልግሎት ክረጋገጽ ኣይከኣለን። ዝተላእከ የለን።</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central service cannot be reached. Everything is kept on this device and sent later.</source>
        <translation type="unfinished">ናብቲ ማእከላይ ኣገልግሎት ክብጻሕ ኣይከኣለን። ኩሉ ኣብዚ መሳርሒ ይዕቀብ፣ ደሓር ድማ ይለኣኽ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong (%1). Nothing that was saved is lost.</source>
        <translation type="unfinished">ገለ ጌጋ ኣጋጢሙ (%1)። ካብቲ ዝተዐቀበ ዝጠፍአ የለን።</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please fill this in.</source>
        <translation type="unfinished">በጃኹም ነዚ ምልኡ።</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too long: at most %n character(s).</source>
        <translation type="unfinished">
            <numerusform>ኣዝዩ ነዊሕ፦ ብዝበዝሐ %n ፊደል።</numerusform>
            <numerusform>ኣዝዩ ነዊሕ፦ ብዝበዝሐ %n ፊደላት።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too short: at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform>ኣዝዩ ሓጺር፦ እንተወሓደ %n ፊደል።</numerusform>
            <numerusform>ኣዝዩ ሓጺር፦ እንተወሓደ %n ፊደላት።</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contains characters that cannot be used.</source>
        <translation type="unfinished">እዚ ክጥቀሙሉ ዘይከኣል ፊደላት ሒዙ ኣሎ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a phone number we can call.</source>
        <translation type="unfinished">እዚ ክንድውለሉ እንኽእል ቁጽሪ ተሌፎን ኣይኮነን።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid date.</source>
        <translation type="unfinished">እዚ ቅኑዕ ዕለት ኣይኮነን።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is not possible here.</source>
        <translation type="unfinished">እዚ ዕለት ኣብዚ ኣይከኣልን።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished">በጃኹም ካብቶም ምርጫታት ሓደ ምረጹ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is outside the allowed range.</source>
        <translation type="unfinished">እዚ ቁጽሪ ካብቲ ዝተፈቕደ ደረት ወጻኢ እዩ።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not fit with another answer.</source>
        <translation type="unfinished">እዚ ምስ ካልእ መልሲ ኣይሰማማዕን።</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check this.</source>
        <translation type="unfinished">በጃኹም ነዚ ኣረጋግጹ።</translation>
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
        <translation type="unfinished">እዚ መሳርሒ ክጅምር ኣይክእልን</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation type="unfinished">እንደገና ፈትን</translation>
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
        <translation type="unfinished">ምውህሃድ ሓበሬታ ኣይተዳለወን</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation type="unfinished">ሓበሬታ ይውሃሃድ ኣሎ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation type="unfinished">ርክብ ኣሎ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline: everything is saved on this device</source>
        <translation type="unfinished">ርክብ የለን፦ ኩሉ ኣብዚ መሳርሒ ተዓቂቡ ኣሎ</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The device clock is wrong by %n minute(s). Ask IT to set it.</source>
        <translation type="unfinished">
            <numerusform>ሰዓት መሳርሒ ብ%n ደቒቕ ተጋጊዩ ኣሎ። IT ከስተኻኽልዎ ሕተቱ።</numerusform>
            <numerusform>ሰዓት መሳርሒ ብ%n ደቒቕ ተጋጊዩ ኣሎ። IT ከስተኻኽልዎ ሕተቱ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The device clock is wrong by %n hour(s). Ask IT to set it.</source>
        <translation type="unfinished">
            <numerusform>ሰዓት መሳርሒ ብ%n ሰዓት ተጋጊዩ ኣሎ። IT ከስተኻኽልዎ ሕተቱ።</numerusform>
            <numerusform>ሰዓት መሳርሒ ብ%n ሰዓት ተጋጊዩ ኣሎ። IT ከስተኻኽልዎ ሕተቱ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The device clock is wrong by %n day(s). Ask IT to set it.</source>
        <translation type="unfinished">
            <numerusform>ሰዓት መሳርሒ ብ%n መዓልቲ ተጋጊዩ ኣሎ። IT ከስተኻኽልዎ ሕተቱ።</numerusform>
            <numerusform>ሰዓት መሳርሒ ብ%n መዓልቲ ተጋጊዩ ኣሎ። IT ከስተኻኽልዎ ሕተቱ።</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never synced</source>
        <translation type="unfinished">ፈጺሙ ኣይተወሃሃደን</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync %1</source>
        <translation type="unfinished">ናይ መወዳእታ ምውህሃድ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+26"/>
        <source>%n record(s) waiting</source>
        <translation type="unfinished">
            <numerusform>%n መዝገብ ይጽበ ኣሎ</numerusform>
            <numerusform>%n መዛግብ ይጽበዩ ኣለዉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <location line="+52"/>
        <source>%n need(s) attention</source>
        <translation type="unfinished">
            <numerusform>%n ኣቓልቦ የድልዮ</numerusform>
            <numerusform>%n ኣቓልቦ የድልዮም</numerusform>
        </translation>
    </message>
</context>
</TS>
