<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CounsellingPage</name>
    <message>
        <location filename="../pages/counselling/CounsellingPage.qml" line="+62"/>
        <source>Please fill this in.</source>
        <translation type="unfinished">لطفاً این قسمت را پر کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation type="unfinished">این خیلی طولانی است. حداکثر %1 حرف بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too short.</source>
        <translation type="unfinished">این خیلی کوتاه است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check what you wrote.</source>
        <translation type="unfinished">لطفاً چیزی را که نوشتید بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We cannot call this number. Write it like 070-123 45 67 or +46 70 123 45 67.</source>
        <translation type="unfinished">نمی‌توانیم با این شماره تماس بگیریم. آن را این‌طور بنویسید: ⁦070-123 45 67⁩ یا ⁦+46 70 123 45 67⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose another time.</source>
        <translation type="unfinished">لطفاً زمان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished">لطفاً یکی از گزینه‌ها را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Please check this answer.</source>
        <translation type="unfinished">لطفاً این پاسخ را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not ready to take applications. Please call family counselling instead.</source>
        <translation type="unfinished">این دستگاه هنوز برای گرفتن درخواست آماده نیست. لطفاً به‌جای آن با مشاوره‌ی خانواده تماس بگیرید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application could not be saved. Please call family counselling instead.</source>
        <translation type="unfinished">درخواست شما ذخیره نشد. لطفاً به‌جای آن با مشاوره‌ی خانواده تماس بگیرید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again, or call family counselling.</source>
        <translation type="unfinished">مشکلی پیش آمد. لطفاً دوباره امتحان کنید، یا با مشاوره‌ی خانواده تماس بگیرید.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Next</source>
        <translation type="unfinished">بعدی</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">بازگشت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation type="unfinished">شروع دوباره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and clear everything</source>
        <translation type="unfinished">شروع دوباره و پاک کردن همه‌چیز</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+919"/>
        <source>Yes</source>
        <translation type="unfinished">بله</translation>
    </message>
    <message>
        <location line="-918"/>
        <location line="+650"/>
        <location line="+268"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>No</source>
        <translation type="unfinished">نه</translation>
    </message>
    <message>
        <location line="-791"/>
        <source>Single session</source>
        <translation type="unfinished">یک جلسه‌ی تکی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A time that has become free</source>
        <translation type="unfinished">وقتی که آزاد شده است</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Family counselling: apply here</source>
        <translation type="unfinished">مشاوره‌ی خانواده: اینجا درخواست بدهید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your language.</source>
        <translation type="unfinished">زبان خود را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How can we reach you?</source>
        <translation type="unfinished">چطور با شما تماس بگیریم؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contact you to give you a time. You can also call us yourself.</source>
        <translation type="unfinished">ما با شما تماس می‌گیریم تا به شما وقت بدهیم. شما هم می‌توانید خودتان با ما تماس بگیرید.</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+173"/>
        <source>Call me on my phone</source>
        <translation type="unfinished">با تلفن من تماس بگیرید</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>Write to me by e-mail</source>
        <translation type="unfinished">به من ایمیل بزنید</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>I will call you myself</source>
        <translation type="unfinished">خودم با شما تماس می‌گیرم</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Who is applying?</source>
        <translation type="unfinished">چه کسی درخواست می‌دهد؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the first name and an e-mail address of one adult. You can add one more adult.</source>
        <translation type="unfinished">نام و آدرس ایمیل یک بزرگسال را بنویسید. می‌توانید یک بزرگسال دیگر هم اضافه کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the first name and a phone number of one adult. You can add one more adult.</source>
        <translation type="unfinished">نام و شماره‌ی تلفن یک بزرگسال را بنویسید. می‌توانید یک بزرگسال دیگر هم اضافه کنید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adult 1</source>
        <translation type="unfinished">بزرگسال 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>First name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+67"/>
        <source>Last name (if you want)</source>
        <translation type="unfinished">نام خانوادگی (اگر می‌خواهید)</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+499"/>
        <source>Phone number</source>
        <translation type="unfinished">شماره‌ی تلفن</translation>
    </message>
    <message>
        <location line="-487"/>
        <location line="+487"/>
        <source>E-mail address</source>
        <translation type="unfinished">آدرس ایمیل</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>Add one more adult</source>
        <translation type="unfinished">یک بزرگسال دیگر اضافه کنید</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adult 2</source>
        <translation type="unfinished">بزرگسال 2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Phone number (if you want)</source>
        <translation type="unfinished">شماره‌ی تلفن (اگر می‌خواهید)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail address (if you want)</source>
        <translation type="unfinished">آدرس ایمیل (اگر می‌خواهید)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When will you call us?</source>
        <translation type="unfinished">چه وقت با ما تماس می‌گیرید؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day and a time. You do not have to give your name.</source>
        <translation type="unfinished">یک روز و یک ساعت انتخاب کنید. لازم نیست نام خود را بگویید.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day</source>
        <translation type="unfinished">روز</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation type="unfinished">ساعت</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1</source>
        <translation type="unfinished">ساعت %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Two questions</source>
        <translation type="unfinished">دو سؤال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families with small children and people in an acute crisis get a time sooner.</source>
        <translation type="unfinished">خانواده‌هایی که بچه‌ی کوچک دارند و کسانی که در بحران شدید هستند، زودتر وقت می‌گیرند.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do small children live with you?</source>
        <translation type="unfinished">آیا بچه‌ی کوچک با شما زندگی می‌کند؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Are you in an acute crisis right now?</source>
        <translation type="unfinished">آیا همین الان در یک بحران شدید هستید؟</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you need an interpreter?</source>
        <translation type="unfinished">آیا به مترجم نیاز دارید؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family counselling talks with you in Swedish, or with an interpreter.</source>
        <translation type="unfinished">مشاوره‌ی خانواده با شما به زبان سوئدی یا با کمک مترجم صحبت می‌کند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An interpreter at the meetings</source>
        <translation type="unfinished">مترجم در جلسه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need one</source>
        <translation type="unfinished">بله، به مترجم نیاز دارم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In which language?</source>
        <translation type="unfinished">به چه زبانی؟</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Interpreter in %1</source>
        <translation type="unfinished">مترجم به زبان %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where would you like to go?</source>
        <translation type="unfinished">دوست دارید کجا بروید؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city&apos;s family counselling, or an organisation that works with the city.</source>
        <translation type="unfinished">مشاوره‌ی خانواده‌ی شهرداری، یا سازمانی که با شهرداری همکاری می‌کند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+226"/>
        <source>It does not matter</source>
        <translation type="unfinished">فرقی نمی‌کند</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>%1 (an organisation)</source>
        <translation type="unfinished">%1 (یک سازمان)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One conversation soon?</source>
        <translation type="unfinished">یک گفت‌وگو به‌زودی؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone can get one single conversation within one or two weeks. After it, you can stay in the queue.</source>
        <translation type="unfinished">همه می‌توانند ظرف یک یا دو هفته یک گفت‌وگوی تکی داشته باشند. بعد از آن می‌توانید در صف بمانید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do you want a single conversation?</source>
        <translation type="unfinished">آیا یک گفت‌وگوی تکی می‌خواهید؟</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Free times</source>
        <translation type="unfinished">وقت‌های آزاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can ask for one of these times now. We confirm it with you.</source>
        <translation type="unfinished">همین حالا می‌توانید یکی از این وقت‌ها را درخواست کنید. ما آن را با شما هماهنگ و تأیید می‌کنیم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no free times right now. We will contact you.</source>
        <translation type="unfinished">الان وقت آزادی نیست. ما با شما تماس می‌گیریم.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of these times</source>
        <translation type="unfinished">هیچ‌کدام از این وقت‌ها</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ask for this time: %1</source>
        <translation type="unfinished">درخواست این وقت: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your consent</source>
        <translation type="unfinished">رضایت شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We save your application so that family counselling can contact you. Only family counselling can read your names and how to reach you. We do not share them with other parts of social services.</source>
        <translation type="unfinished">ما درخواست شما را ذخیره می‌کنیم تا مشاوره‌ی خانواده بتواند با شما تماس بگیرد. فقط مشاوره‌ی خانواده می‌تواند نام‌ها و راه تماس شما را ببیند. ما آن‌ها را به بخش‌های دیگر خدمات اجتماعی نمی‌دهیم.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>Yes, I agree</source>
        <translation type="unfinished">بله، موافقم</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>I agree that family counselling saves my application</source>
        <translation type="unfinished">موافقم که مشاوره‌ی خانواده درخواست مرا ذخیره کند</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Without your consent we cannot take the application. You can call family counselling instead.</source>
        <translation type="unfinished">بدون رضایت شما نمی‌توانیم درخواست را بپذیریم. می‌توانید به‌جای آن با مشاوره‌ی خانواده تماس بگیرید.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Is this right?</source>
        <translation type="unfinished">آیا این درست است؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your answers. Go back to change something.</source>
        <translation type="unfinished">پاسخ‌هایتان را بررسی کنید. برای تغییر چیزی، برگردید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my application</source>
        <translation type="unfinished">فرستادن درخواست من</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How we reach you</source>
        <translation type="unfinished">راه تماس با شما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will call us</source>
        <translation type="unfinished">شما با ما تماس می‌گیرید</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adult %1</source>
        <translation type="unfinished">بزرگسال %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small children at home</source>
        <translation type="unfinished">بچه‌ی کوچک در خانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acute crisis</source>
        <translation type="unfinished">بحران شدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation type="unfinished">زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation type="unfinished">مترجم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation type="unfinished">کجا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single conversation</source>
        <translation type="unfinished">گفت‌وگوی تکی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time you ask for</source>
        <translation type="unfinished">وقتی که درخواست می‌کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time chosen</source>
        <translation type="unfinished">وقتی انتخاب نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation type="unfinished">رضایت</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Thank you! Your application has been sent.</source>
        <translation type="unfinished">متشکریم! درخواست شما فرستاده شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your reference code:</source>
        <translation type="unfinished">کد پیگیری شما:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your reference code is %1</source>
        <translation type="unfinished">کد پیگیری شما %1 است</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write this code down. Say it if you call us.</source>
        <translation type="unfinished">این کد را یادداشت کنید. اگر با ما تماس گرفتید، آن را بگویید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time you chose was taken just now. We will contact you about another time.</source>
        <translation type="unfinished">وقتی که انتخاب کردید، همین الان گرفته شد. درباره‌ی یک وقت دیگر با شما تماس می‌گیریم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation type="unfinished">تمام</translation>
    </message>
</context>
<context>
    <name>IdleGuard</name>
    <message>
        <location filename="../components/IdleGuard.qml" line="+69"/>
        <source>Are you still there?</source>
        <translation type="unfinished">هنوز اینجا هستید؟</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Everything you entered will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>هر چیزی که وارد کرده‌اید، تا %n ثانیه‌ی دیگر پاک می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue</source>
        <translation type="unfinished">ادامه</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../pages/kiosk/KioskPage.qml" line="+62"/>
        <source>Please fill this in.</source>
        <translation type="unfinished">لطفاً این قسمت را پر کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long. Use at most %1 letters.</source>
        <translation type="unfinished">این خیلی طولانی است. حداکثر %1 حرف بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too short.</source>
        <translation type="unfinished">این خیلی کوتاه است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please use only letters, and spaces between names.</source>
        <translation type="unfinished">لطفاً فقط حروف بنویسید، و بین نام‌ها فاصله بگذارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished">لطفاً یکی از گزینه‌ها را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check this answer.</source>
        <translation type="unfinished">لطفاً این پاسخ را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk could not save your visit. Please ask the staff at the desk.</source>
        <translation type="unfinished">دستگاه نتوانست مراجعه‌ی شما را ذخیره کند. لطفاً از کارکنان پذیرش بپرسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please ask the staff at the desk.</source>
        <translation type="unfinished">مشکلی پیش آمد. لطفاً از کارکنان پذیرش بپرسید.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">بازگشت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start again</source>
        <translation type="unfinished">شروع دوباره</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Welcome! Choose your language</source>
        <translation type="unfinished">خوش آمدید! زبان خود را انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch your language.</source>
        <translation type="unfinished">روی زبان خود بزنید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What do you need help with today?</source>
        <translation type="unfinished">امروز برای چه کاری کمک لازم دارید؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That service is not open now. Please choose again.</source>
        <translation type="unfinished">این خدمت الان باز نیست. لطفاً دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture.</source>
        <translation type="unfinished">روی یک تصویر بزنید.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No service is open today. Please ask the staff at the desk.</source>
        <translation type="unfinished">امروز هیچ خدمتی باز نیست. لطفاً از کارکنان پذیرش بپرسید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Is this your first visit to Welcome House?</source>
        <translation type="unfinished">آیا این اولین بار است که به Welcome House می‌آیید؟</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes, this is my first visit</source>
        <translation type="unfinished">بله، اولین بار است که می‌آیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, I have been here before</source>
        <translation type="unfinished">نه، قبلاً اینجا آمده‌ام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t want to answer</source>
        <translation type="unfinished">نمی‌خواهم جواب بدهم</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What is your first name?</source>
        <translation type="unfinished">نام شما چیست؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do not have to write it. We call you by your number.</source>
        <translation type="unfinished">لازم نیست آن را بنویسید. ما شما را با شماره‌تان صدا می‌زنیم.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First name (if you want)</source>
        <translation type="unfinished">نام (اگر می‌خواهید)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Skip</source>
        <translation type="unfinished">رد شدن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the name</source>
        <translation type="unfinished">رد شدن از نام</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next</source>
        <translation type="unfinished">بعدی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do you need an interpreter?</source>
        <translation type="unfinished">آیا به مترجم نیاز دارید؟</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No, I do not need an interpreter</source>
        <translation type="unfinished">نه، به مترجم نیاز ندارم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, an interpreter in:</source>
        <translation type="unfinished">بله، مترجم به زبان:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Interpreter in %1</source>
        <translation type="unfinished">مترجم به زبان %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Get my ticket</source>
        <translation type="unfinished">گرفتن شماره‌ی نوبت</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your number</source>
        <translation type="unfinished">شماره‌ی شما</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your number is %1</source>
        <translation type="unfinished">شماره‌ی شما %1 است</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>About %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>حدود %n دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will be called soon</source>
        <translation type="unfinished">به‌زودی شما را صدا می‌زنند</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s) before you</source>
        <translation type="unfinished">
            <numerusform>%n نفر قبل از شما</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are next</source>
        <translation type="unfinished">نفر بعدی شما هستید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please sit down. Your number will be shown on the screen when it is your turn.</source>
        <translation type="unfinished">لطفاً بنشینید. وقتی نوبت شما شد، شماره‌تان روی صفحه نشان داده می‌شود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation type="unfinished">تمام</translation>
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
        <translation type="unfinished">لطفاً قسمت‌های علامت‌خورده را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is full. Nothing was lost, but nothing new can be saved. Please tell the staff.</source>
        <translation type="unfinished">حافظه‌ی دستگاه پر است. چیزی از بین نرفته، اما چیز تازه‌ای ذخیره نمی‌شود. لطفاً به کارکنان بگویید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s data cannot be opened with its key. Nothing was changed. Ask IT for help.</source>
        <translation type="unfinished">داده‌های این دستگاه با کلید آن باز نمی‌شود. چیزی تغییر نکرد. از بخش IT کمک بخواهید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s data is damaged. Ask IT to restore it from the central service.</source>
        <translation type="unfinished">داده‌های این دستگاه آسیب دیده است. از بخش IT بخواهید آن را از سرویس مرکزی بازیابی کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake is already running on this device.</source>
        <translation type="unfinished">Intake از قبل روی این دستگاه در حال اجراست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device could not save. Nothing was lost. Please try again or tell the staff.</source>
        <translation type="unfinished">دستگاه نتوانست ذخیره کند. چیزی از بین نرفت. لطفاً دوباره امتحان کنید یا به کارکنان بگویید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is waiting in this queue.</source>
        <translation type="unfinished">هیچ‌کس در این صف منتظر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this at the same time. Look again and retry.</source>
        <translation type="unfinished">کس دیگری هم‌زمان این را تغییر داد. دوباره نگاه کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has no key for its data. Ask IT to enrol it again.</source>
        <translation type="unfinished">این دستگاه برای داده‌هایش کلیدی ندارد. از بخش IT بخواهید آن را دوباره ثبت کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device&apos;s key store is locked or unavailable. Nothing was changed. Try again, or ask IT.</source>
        <translation type="unfinished">محل نگهداری کلیدهای دستگاه قفل است یا در دسترس نیست. چیزی تغییر نکرد. دوباره امتحان کنید، یا از بخش IT بپرسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished">کد PIN اشتباه است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. Please wait before trying again.</source>
        <translation type="unfinished">کد PIN بارها اشتباه وارد شد. لطفاً کمی صبر کنید و بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs: the keys on this tablet were erased. Ask IT to enrol it again.</source>
        <translation type="unfinished">کد PIN بارها اشتباه وارد شد: کلیدهای این تبلت پاک شدند. از بخش IT بخواهید آن را دوباره ثبت کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have at least 6 digits.</source>
        <translation type="unfinished">کد PIN باید دست‌کم 6 رقم داشته باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN may only contain digits.</source>
        <translation type="unfinished">کد PIN فقط می‌تواند رقم داشته باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is already set on this device.</source>
        <translation type="unfinished">روی این دستگاه از قبل یک کد PIN تنظیم شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the tablet first.</source>
        <translation type="unfinished">اول قفل تبلت را باز کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration is not available on this device yet. Please ask the staff.</source>
        <translation type="unfinished">ثبت‌نام هنوز روی این دستگاه ممکن نیست. لطفاً از کارکنان بپرسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central service refused this device. Ask IT to check its enrolment.</source>
        <translation type="unfinished">سرویس مرکزی این دستگاه را نپذیرفت. از بخش IT بخواهید ثبت آن را بررسی کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The central service could not be verified. Nothing was sent.</source>
        <translation type="unfinished">سرویس مرکزی تأیید نشد. چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central service cannot be reached. Everything is kept on this device and sent later.</source>
        <translation type="unfinished">به سرویس مرکزی دسترسی نیست. همه‌چیز روی این دستگاه نگه داشته می‌شود و بعداً فرستاده می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong (%1). Nothing that was saved is lost.</source>
        <translation type="unfinished">مشکلی پیش آمد (%1). از چیزهایی که ذخیره شده بود، چیزی از بین نرفته است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please fill this in.</source>
        <translation type="unfinished">لطفاً این قسمت را پر کنید.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too long: at most %n character(s).</source>
        <translation type="unfinished">
            <numerusform>خیلی طولانی: حداکثر %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too short: at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform>خیلی کوتاه: دست‌کم %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contains characters that cannot be used.</source>
        <translation type="unfinished">در این متن حروف یا نشانه‌هایی هست که نمی‌شود از آن‌ها استفاده کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a phone number we can call.</source>
        <translation type="unfinished">این شماره‌ی تلفنی نیست که بتوانیم با آن تماس بگیریم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid date.</source>
        <translation type="unfinished">این تاریخ معتبر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is not possible here.</source>
        <translation type="unfinished">این تاریخ اینجا ممکن نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the options.</source>
        <translation type="unfinished">لطفاً یکی از گزینه‌ها را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is outside the allowed range.</source>
        <translation type="unfinished">این عدد خارج از محدوده‌ی مجاز است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not fit with another answer.</source>
        <translation type="unfinished">این با یک پاسخ دیگر جور درنمی‌آید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check this.</source>
        <translation type="unfinished">لطفاً این را بررسی کنید.</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n character(s).</source>
        <translation type="unfinished">
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
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n at a desk</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>longest wait %n min</source>
        <translation type="unfinished">
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
        <translation type="unfinished">این دستگاه نمی‌تواند شروع به کار کند</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again</source>
        <translation type="unfinished">دوباره تلاش کنید</translation>
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
        <translation type="unfinished">همگام‌سازی تنظیم نشده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation type="unfinished">در حال همگام‌سازی…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation type="unfinished">آنلاین</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline: everything is saved on this device</source>
        <translation type="unfinished">آفلاین: همه‌چیز روی این دستگاه ذخیره شده است</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The device clock is wrong by %n minute(s). Ask IT to set it.</source>
        <translation type="unfinished">
            <numerusform>ساعت دستگاه %n دقیقه اشتباه است. از بخش فناوری اطلاعات بخواهید آن را تنظیم کند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The device clock is wrong by %n hour(s). Ask IT to set it.</source>
        <translation type="unfinished">
            <numerusform>ساعت دستگاه %n ساعت اشتباه است. از بخش فناوری اطلاعات بخواهید آن را تنظیم کند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The device clock is wrong by %n day(s). Ask IT to set it.</source>
        <translation type="unfinished">
            <numerusform>ساعت دستگاه %n روز اشتباه است. از بخش فناوری اطلاعات بخواهید آن را تنظیم کند.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never synced</source>
        <translation type="unfinished">هرگز همگام‌سازی نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync %1</source>
        <translation type="unfinished">آخرین همگام‌سازی %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+26"/>
        <source>%n record(s) waiting</source>
        <translation type="unfinished">
            <numerusform>%n مورد در انتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <location line="+52"/>
        <source>%n need(s) attention</source>
        <translation type="unfinished">
            <numerusform>%n مورد نیاز به بررسی دارد</numerusform>
        </translation>
    </message>
</context>
</TS>
