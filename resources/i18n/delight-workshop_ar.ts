<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delight Workshop</source>
        <translation>حول Delight Workshop</translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation>Delight Workshop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Better service comes from the people who give it: the team brings its own ideas to delight customers, names the obstacles in the way and the hero stories worth repeating, votes, and leaves with an action plan that management helps carry out.</source>
        <translation>الخدمة الأفضل تأتي من الذين يقدّمونها: يطرح الفريق أفكاره الخاصة لإسعاد العملاء، ويسمّي العقبات التي تعترض طريقه وقصص الأبطال الجديرة بالتكرار، ويصوّت، ثم يخرج بخطة عمل تساعد الإدارة في تنفيذها.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Ships the fonts DejaVu Sans (Bitstream Vera licence), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font License), Symbola and HanaMinB (free licences).</source>
        <translation>برنامج حر بموجب رخصة MIT. يتضمن الخطوط DejaVu Sans (رخصة Bitstream Vera) وDroid Sans Fallback (رخصة Apache 2.0) وNoto Sans (رخصة SIL Open Font) وSymbola وHanaMinB (رخص حرة).</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3 on %4</source>
        <translation>Qt %1، PySide6 %2، Python %3 على %4</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>What will be done</source>
        <translation>ما الذي سيُنجز</translation>
    </message>
    <message>
        <source>Who makes it happen</source>
        <translation>من يتولى التنفيذ</translation>
    </message>
    <message>
        <source>The very next thing to do, this week</source>
        <translation>الخطوة التالية مباشرة، هذا الأسبوع</translation>
    </message>
    <message>
        <source>What management will do to help</source>
        <translation>ما ستفعله الإدارة للمساعدة</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S، أو Enter في أحد الحقول</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;ماذا</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;المسؤول</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;الاستحقاق</translation>
    </message>
    <message>
        <source>&amp;First step</source>
        <translation>&amp;الخطوة الأولى</translation>
    </message>
    <message>
        <source>&amp;Help needed</source>
        <translation>المساعدة ال&amp;مطلوبة</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>تعديل الإجراء</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>الخطوة الأولى</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>المساعدة المطلوبة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Capture &amp;Delight Ideas</source>
        <translation>تسجيل أفكار الإ&amp;سعاد</translation>
    </message>
    <message>
        <source>Capture &amp;Obstacles</source>
        <translation>تسجيل ال&amp;عقبات</translation>
    </message>
    <message>
        <source>Capture &amp;Hero Stories</source>
        <translation>تسجيل قصص الأ&amp;بطال</translation>
    </message>
    <message>
        <source>Capture &amp;Value Ideas</source>
        <translation>تسجيل أفكار ال&amp;قيمة</translation>
    </message>
    <message>
        <source>Next &amp;Kind</source>
        <translation>ال&amp;نوع التالي</translation>
    </message>
    <message>
        <source>Switch what the next card is: delight idea, obstacle, hero story, value idea</source>
        <translation>تبديل نوع البطاقة التالية: فكرة إسعاد، عقبة، قصة بطل، فكرة قيمة</translation>
    </message>
    <message>
        <source>The next cards are of this kind</source>
        <translation>البطاقات التالية من هذا النوع</translation>
    </message>
    <message>
        <source>Next &amp;Person</source>
        <translation>ال&amp;شخص التالي</translation>
    </message>
    <message>
        <source>Who said the next card: the next participant, or no name</source>
        <translation>من قال البطاقة التالية: المشارك التالي، أو بلا اسم</translation>
    </message>
    <message>
        <source>Previous Person</source>
        <translation>الشخص السابق</translation>
    </message>
    <message>
        <source>Who said the next card: the previous participant</source>
        <translation>من قال البطاقة التالية: المشارك السابق</translation>
    </message>
    <message>
        <source>Si&amp;lent Mode</source>
        <translation>الوضع ال&amp;صامت</translation>
    </message>
    <message>
        <source>Keep new cards off the projector until you reveal them</source>
        <translation>إبقاء البطاقات الجديدة خارج جهاز العرض حتى تكشفها</translation>
    </message>
    <message>
        <source>Re&amp;veal Hidden Cards</source>
        <translation>&amp;كشف البطاقات المخفية</translation>
    </message>
    <message>
        <source>Show every card held back in silent mode on the projector</source>
        <translation>عرض كل بطاقة حُجبت في الوضع الصامت على جهاز العرض</translation>
    </message>
    <message>
        <source>&amp;Make an Action from Item</source>
        <translation>&amp;تحويل البند إلى إجراء</translation>
    </message>
    <message>
        <source>Turn the selected ranked item into an action</source>
        <translation>تحويل البند المرتّب المحدد إلى إجراء</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>Undo the last change to the book</source>
        <translation>التراجع عن آخر تغيير في الدفتر</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>إعادة التغيير الذي تم التراجع عنه للتو</translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation>تعديل ال&amp;بطاقة…</translation>
    </message>
    <message>
        <source>Change the words, kind or author of the selected card</source>
        <translation>تغيير نص البطاقة المحددة أو نوعها أو قائلها</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete what is selected (Ctrl+Z brings it back)</source>
        <translation>حذف المحدد (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <source>&amp;Move to Theme…</source>
        <translation>ن&amp;قل إلى موضوع…</translation>
    </message>
    <message>
        <source>Put the selected cards into a theme</source>
        <translation>وضع البطاقات المحددة في موضوع</translation>
    </message>
    <message>
        <source>New &amp;Theme…</source>
        <translation>مو&amp;ضوع جديد…</translation>
    </message>
    <message>
        <source>Add a theme (with the selected cards in it)</source>
        <translation>إضافة موضوع (مع البطاقات المحددة فيه)</translation>
    </message>
    <message>
        <source>Rena&amp;me Theme…</source>
        <translation>إعادة &amp;تسمية الموضوع…</translation>
    </message>
    <message>
        <source>Rename the theme whose column has the focus</source>
        <translation>إعادة تسمية الموضوع الذي يملك عموده التركيز</translation>
    </message>
    <message>
        <source>Delete T&amp;heme</source>
        <translation>حذف المو&amp;ضوع</translation>
    </message>
    <message>
        <source>Delete a theme; its cards stay, not grouped</source>
        <translation>حذف موضوع؛ تبقى بطاقاته دون تجميع</translation>
    </message>
    <message>
        <source>Mer&amp;ge Duplicates</source>
        <translation>&amp;دمج المكررات</translation>
    </message>
    <message>
        <source>Fold the selected cards into the oldest one, keeping every author and vote</source>
        <translation>دمج البطاقات المحددة في أقدمها، مع الاحتفاظ بكل قائل وكل صوت</translation>
    </message>
    <message>
        <source>S&amp;plit Duplicates</source>
        <translation>&amp;فصل المكررات</translation>
    </message>
    <message>
        <source>Make the merged duplicates of the selected card stand alone again</source>
        <translation>إعادة المكررات المدمجة في البطاقة المحددة إلى بطاقات مستقلة</translation>
    </message>
    <message>
        <source>Action Plan as &amp;PDF…</source>
        <translation>خطة العمل بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the session&apos;s action plan as a PDF to hand out</source>
        <translation>حفظ خطة عمل الجلسة ملفَّ PDF لتوزيعه</translation>
    </message>
    <message>
        <source>&amp;Print Action Plan…</source>
        <translation>&amp;طباعة خطة العمل…</translation>
    </message>
    <message>
        <source>Print the session&apos;s action plan</source>
        <translation>طباعة خطة عمل الجلسة</translation>
    </message>
    <message>
        <source>As &amp;CSV (Spreadsheet)…</source>
        <translation>بصيغة &amp;CSV (جدول بيانات)…</translation>
    </message>
    <message>
        <source>The session&apos;s cards, votes and actions for a spreadsheet</source>
        <translation>بطاقات الجلسة وأصواتها وإجراءاتها لجدول بيانات</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>بصيغة &amp;Markdown…</translation>
    </message>
    <message>
        <source>The session as a text document</source>
        <translation>الجلسة كمستند نصي</translation>
    </message>
    <message>
        <source>Due Dates to &amp;Calendar…</source>
        <translation>تواريخ الاستحقاق إلى ال&amp;تقويم…</translation>
    </message>
    <message>
        <source>The actions&apos; due dates as a calendar file</source>
        <translation>تواريخ استحقاق الإجراءات كملف تقويم</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>دفتر &amp;جديد…</translation>
    </message>
    <message>
        <source>Start a new workshop book (one file per team)</source>
        <translation>بدء دفتر ورشة جديد (ملف واحد لكل فريق)</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>&amp;فتح دفتر…</translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation>فتح دفتر ورشة</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>Books opened lately</source>
        <translation>الدفاتر المفتوحة مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the form you are filling in; the book itself saves every change at once</source>
        <translation>حفظ النموذج الذي تملؤه؛ أما الدفتر نفسه فيحفظ كل تغيير فورًا</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>Write a copy of the whole book to another file</source>
        <translation>كتابة نسخة من الدفتر كله في ملف آخر</translation>
    </message>
    <message>
        <source>&amp;Close Book</source>
        <translation>إ&amp;غلاق الدفتر</translation>
    </message>
    <message>
        <source>Close the book</source>
        <translation>إغلاق الدفتر</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Quit Delight Workshop</source>
        <translation>إنهاء Delight Workshop</translation>
    </message>
    <message>
        <source>Tour of the Phases</source>
        <translation>جولة في المراحل</translation>
    </message>
    <message>
        <source>Walk through the steps of a session again, one line each</source>
        <translation>المرور على خطوات الجلسة مرة أخرى، سطرًا لكل خطوة</translation>
    </message>
    <message>
        <source>About Delight Workshop</source>
        <translation>حول Delight Workshop</translation>
    </message>
    <message>
        <source>Version, the method behind the app, licence</source>
        <translation>الإصدار، والمنهج الذي يقوم عليه التطبيق، والرخصة</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>جلسة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Start a session from a template; change its prompts, people and settings</source>
        <translation>بدء جلسة من قالب؛ تغيير أسئلتها والمشاركين والإعدادات</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>إ&amp;عدادات الجلسة…</translation>
    </message>
    <message>
        <source>Title, date, participants, prompts, anonymity and voting limits</source>
        <translation>العنوان والتاريخ والمشاركون والأسئلة وإخفاء الهوية وحدود التصويت</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>&amp;حذف الجلسة…</translation>
    </message>
    <message>
        <source>Delete this session and everything in it</source>
        <translation>حذف هذه الجلسة وكل ما فيها</translation>
    </message>
    <message>
        <source>P&amp;revious Phase</source>
        <translation>المرحلة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Go back to the previous phase</source>
        <translation>العودة إلى المرحلة السابقة</translation>
    </message>
    <message>
        <source>Ne&amp;xt Phase</source>
        <translation>المرحلة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Go to the next phase of the session</source>
        <translation>الانتقال إلى المرحلة التالية من الجلسة</translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation>&amp;تشغيل المؤقت</translation>
    </message>
    <message>
        <source>Start or pause the round timer</source>
        <translation>تشغيل مؤقت الجولة أو إيقافه مؤقتًا</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation>إضافة د&amp;قيقة</translation>
    </message>
    <message>
        <source>One more minute on the timer</source>
        <translation>دقيقة إضافية على المؤقت</translation>
    </message>
    <message>
        <source>R&amp;eset Timer</source>
        <translation>إعادة &amp;ضبط المؤقت</translation>
    </message>
    <message>
        <source>Set the timer back to the round length</source>
        <translation>إرجاع المؤقت إلى طول الجولة</translation>
    </message>
    <message>
        <source>Round &amp;Length…</source>
        <translation>&amp;طول الجولة…</translation>
    </message>
    <message>
        <source>How many minutes a round lasts</source>
        <translation>كم دقيقة تستغرق الجولة</translation>
    </message>
    <message>
        <source>&amp;Session List</source>
        <translation>قائمة ال&amp;جلسات</translation>
    </message>
    <message>
        <source>Show or hide the list of sessions (more room on a small screen)</source>
        <translation>إظهار قائمة الجلسات أو إخفاؤها (مساحة أكبر على الشاشات الصغيرة)</translation>
    </message>
    <message>
        <source>&amp;Dark Colours</source>
        <translation>ألوان &amp;داكنة</translation>
    </message>
    <message>
        <source>Switch between light and dark colours</source>
        <translation>التبديل بين الألوان الفاتحة والداكنة</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>Use the whole screen for the console</source>
        <translation>استخدام الشاشة كلها لوحدة التحكم</translation>
    </message>
    <message>
        <source>Sound When Time Is &amp;Up</source>
        <translation>صوت عند ا&amp;نتهاء الوقت</translation>
    </message>
    <message>
        <source>Play a chime when the round timer reaches zero</source>
        <translation>تشغيل رنين عندما يصل مؤقت الجولة إلى الصفر</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>ال&amp;لغة…</translation>
    </message>
    <message>
        <source>The language of the app (applies at the next start)</source>
        <translation>لغة التطبيق (تسري عند التشغيل التالي)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every command and its keys</source>
        <translation>كل أمر ومفاتيحه</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>جهاز العرض</translation>
    </message>
    <message>
        <source>Open or close the projector view: full screen on a second screen, or over the console with one screen (Esc or F5 comes back)</source>
        <translation>فتح عرض جهاز العرض أو إغلاقه: ملء الشاشة على شاشة ثانية، أو فوق وحدة التحكم إن كانت هناك شاشة واحدة (Esc أو F5 للعودة)</translation>
    </message>
    <message>
        <source>Next Projector Page</source>
        <translation>صفحة العرض التالية</translation>
    </message>
    <message>
        <source>Show the next page of the projector&apos;s wall or list</source>
        <translation>عرض الصفحة التالية من جدار العرض أو قائمته</translation>
    </message>
    <message>
        <source>Previous Projector Page</source>
        <translation>صفحة العرض السابقة</translation>
    </message>
    <message>
        <source>Show the previous page of the projector&apos;s wall or list</source>
        <translation>عرض الصفحة السابقة من جدار العرض أو قائمته</translation>
    </message>
    <message>
        <source>&amp;Obstacle Board</source>
        <translation>لوحة ال&amp;عقبات</translation>
    </message>
    <message>
        <source>Every obstacle of the book, its status and who can remove it</source>
        <translation>كل عقبة في الدفتر، وحالتها، ومن يستطيع إزالتها</translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation>ال&amp;تقدير</translation>
    </message>
    <message>
        <source>Employees ranked by hero stories; print a certificate</source>
        <translation>الموظفون مرتّبون حسب قصص الأبطال؛ اطبع شهادة</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>لوحة ال&amp;مؤشرات</translation>
    </message>
    <message>
        <source>Sessions, contributions, actions and obstacles across the book</source>
        <translation>الجلسات والمساهمات والإجراءات والعقبات عبر الدفتر</translation>
    </message>
    <message>
        <source>Import Customer &amp;Feedback…</source>
        <translation>استيراد آراء ال&amp;عملاء…</translation>
    </message>
    <message>
        <source>Turn a survey tool&apos;s CSV of customer feedback into hero stories</source>
        <translation>تحويل ملف CSV من أداة استطلاع لآراء العملاء إلى قصص أبطال</translation>
    </message>
    <message>
        <source>Pull Value Ideas from &amp;Backlog…</source>
        <translation>سحب أفكار القيمة من ال&amp;مخزون…</translation>
    </message>
    <message>
        <source>Copy earlier value ideas not yet acted on into this session&apos;s vote</source>
        <translation>نسخ أفكار القيمة السابقة التي لم تُنفذ بعد إلى تصويت هذه الجلسة</translation>
    </message>
    <message>
        <source>Open Voting</source>
        <translation>فتح التصويت</translation>
    </message>
    <message>
        <source>Open dot voting with the limits set on the Vote page</source>
        <translation>فتح التصويت بالنقاط وفق الحدود المحددة في صفحة التصويت</translation>
    </message>
    <message>
        <source>Close Voting and Reveal</source>
        <translation>إغلاق التصويت والكشف</translation>
    </message>
    <message>
        <source>Close voting and show the ranked result on the projector</source>
        <translation>إغلاق التصويت وعرض النتيجة المرتبة على جهاز العرض</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;دليل المعالجة</translation>
    </message>
    <message>
        <source>The recovery playbook: each mishap&apos;s apology, fix and extra, and how it went</source>
        <translation>دليل المعالجة: لكل خطأ اعتذاره وإصلاحه ولفتته الإضافية، وكيف سار الأمر</translation>
    </message>
    <message>
        <source>Recovery &amp;Playbook as PDF…</source>
        <translation>&amp;دليل المعالجة بصيغة PDF…</translation>
    </message>
    <message>
        <source>The recovery playbook, a page per mishap in large type</source>
        <translation>دليل المعالجة، صفحة لكل خطأ بخط كبير</translation>
    </message>
    <message>
        <source>Recovery Poc&amp;ket Cards…</source>
        <translation>&amp;بطاقات جيب المعالجة…</translation>
    </message>
    <message>
        <source>Credit-card-size cards to cut out: mishap, apology, fix, extra, who can authorise</source>
        <translation>بطاقات بحجم البطاقة المصرفية للقص: الخطأ، الاعتذار، الإصلاح، اللفتة الإضافية، من يستطيع الإذن بها</translation>
    </message>
    <message>
        <source>Recovery Playbook as Markdo&amp;wn…</source>
        <translation>دليل المعالجة بصيغة &amp;Markdown…</translation>
    </message>
    <message>
        <source>The recovery playbook as a text document</source>
        <translation>دليل المعالجة كمستند نصي</translation>
    </message>
    <message>
        <source>Recovery Playbook as CS&amp;V…</source>
        <translation>دليل المعالجة بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>The recovery playbook with its record of use, for a spreadsheet</source>
        <translation>دليل المعالجة مع سجل استخدامه، لجدول بيانات</translation>
    </message>
    <message>
        <source>Roll-&amp;up of Several Books…</source>
        <translation>&amp;ملخص مجمّع لعدة دفاتر…</translation>
    </message>
    <message>
        <source>Many teams&apos; books side by side, read-only: late actions, shared obstacles, hero stories</source>
        <translation>دفاتر فرق عديدة جنبًا إلى جنب، للقراءة فقط: الإجراءات المتأخرة، والعقبات المشتركة، وقصص الأبطال</translation>
    </message>
    <message>
        <source>Close the &amp;Room</source>
        <translation>إغلاق ال&amp;قاعة</translation>
    </message>
    <message>
        <source>Open the &amp;Room…</source>
        <translation>فتح ال&amp;قاعة…</translation>
    </message>
    <message>
        <source>Let the room join this session from their phones (or close the room)</source>
        <translation>السماح للحاضرين بالانضمام إلى هذه الجلسة من هواتفهم (أو إغلاق القاعة)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Silent mode on: new cards stay off the projector until you reveal them.</source>
        <translation>الوضع الصامت مفعّل: تبقى البطاقات الجديدة خارج جهاز العرض حتى تكشفها.</translation>
    </message>
    <message>
        <source>Silent mode off: new cards show on the projector at once.</source>
        <translation>الوضع الصامت متوقف: تظهر البطاقات الجديدة على جهاز العرض فورًا.</translation>
    </message>
    <message>
        <source>Cards now on the projector: %1</source>
        <translation>البطاقات المعروضة الآن على جهاز العرض: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>ت&amp;راجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>Exports are not available in this version.</source>
        <translation>التصدير غير متاح في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Export Action Plan as PDF</source>
        <translation>تصدير خطة العمل بصيغة PDF</translation>
    </message>
    <message>
        <source>It is saved in the folder {folder} (opened for you).</source>
        <translation>حُفظ في المجلد {folder} (فُتح لك).</translation>
    </message>
    <message>
        <source>It is saved in the folder {folder}.</source>
        <translation>حُفظ في المجلد {folder}.</translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation>لا يوجد برنامج لفتحه</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>تصدير بصيغة CSV</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>تصدير بصيغة Markdown</translation>
    </message>
    <message>
        <source>Export Due Dates to a Calendar File</source>
        <translation>تصدير تواريخ الاستحقاق إلى ملف تقويم</translation>
    </message>
    <message>
        <source>Print Action Plan</source>
        <translation>طباعة خطة العمل</translation>
    </message>
    <message>
        <source>Actions with a due date, saved as {name}: {n}.</source>
        <translation>الإجراءات ذات تاريخ الاستحقاق، المحفوظة باسم {name}: {n}.</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>هل تفتحه الآن؟</translation>
    </message>
    <message>
        <source>This computer has no program that opens {name}.</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح {name}.</translation>
    </message>
    <message>
        <source>The action plan was saved as {name}.</source>
        <translation>حُفظت خطة العمل باسم {name}.</translation>
    </message>
    <message>
        <source>The contributions were saved as {name}.</source>
        <translation>حُفظت المساهمات باسم {name}.</translation>
    </message>
    <message>
        <source>Actions without a due date, left out: {n}.</source>
        <translation>الإجراءات المستبعدة بلا تاريخ استحقاق: {n}.</translation>
    </message>
    <message>
        <source>Could not write {name}.</source>
        <translation>تعذرت كتابة {name}.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>Everything is in “%1” already: each change is saved as you make it.</source>
        <translation>كل شيء موجود بالفعل في «%1»: يُحفظ كل تغيير فور إجرائه.</translation>
    </message>
    <message>
        <source>No recent books</source>
        <translation>لا دفاتر حديثة</translation>
    </message>
    <message>
        <source>Delete the session “%1” with all its cards, votes and actions? Ctrl+Z brings it back.</source>
        <translation>حذف الجلسة «%1» بكل بطاقاتها وأصواتها وإجراءاتها؟ Ctrl+Z يعيدها.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>حذف الجلسة</translation>
    </message>
    <message>
        <source>Round length</source>
        <translation>طول الجولة</translation>
    </message>
    <message>
        <source>Minutes for this round:</source>
        <translation>الدقائق لهذه الجولة:</translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation>إي&amp;قاف المؤقت مؤقتًا</translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation>&amp;تشغيل المؤقت</translation>
    </message>
    <message>
        <source>Incomplete: every action needs an owner and a due date.</source>
        <translation>غير مكتمل: كل إجراء يحتاج إلى مسؤول وتاريخ استحقاق.</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>لا مسؤول بعد</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>لا تاريخ بعد</translation>
    </message>
    <message>
        <source>The playbook is empty: write an entry first (View &gt; Playbook).</source>
        <translation>دليل المعالجة فارغ: اكتب مُدخلًا أولًا (عرض &gt; دليل المعالجة).</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>فتح القاعة</translation>
    </message>
    <message>
        <source>The phones join over this network:</source>
        <translation>تنضم الهواتف عبر هذه الشبكة:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2</source>
        <translation>لا تستطيع القاعة الاستماع على %1: %2</translation>
    </message>
    <message>
        <source>Type the date as 2026-12-18; Alt+Down opens a calendar</source>
        <translation>اكتب التاريخ بالشكل 2026-12-18؛ Alt+Down يفتح التقويم</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>اختيار التاريخ من التقويم (Alt+Down)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for none</source>
        <translation>YYYY-MM-DD، أو فارغ لعدم التحديد</translation>
    </message>
    <message>
        <source>Type a date, such as 2026-12-18.</source>
        <translation>اكتب تاريخًا، مثل 2026-12-18.</translation>
    </message>
    <message>
        <source>“%1” is not a day on the calendar: type it as 2026-12-18.</source>
        <translation>«%1» ليس يومًا في التقويم: اكتبه بالشكل 2026-12-18.</translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation>لم يُضف النص بعد</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>أضفه</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>You typed this but did not add it yet:</source>
        <translation>كتبت هذا لكنك لم تضفه بعد:</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>This voter</source>
        <translation>هذا المصوّت</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>لا شيء للعرض بعد</translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا شيء غيرها</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Not grouped yet</source>
        <translation>غير مجمّع بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>لا بطاقات</numerusform>
            <numerusform>بطاقة واحدة</numerusform>
            <numerusform>بطاقتان</numerusform>
            <numerusform>%n بطاقات</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>The book was changed by another program.</source>
        <translation>غيّر برنامج آخر الدفتر.</translation>
    </message>
    <message>
        <source>Workshop books (*%1);;All files (*)</source>
        <translation>دفاتر الورشة (*%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot create the book</source>
        <translation>تعذر إنشاء الدفتر</translation>
    </message>
    <message>
        <source>Cannot open the book</source>
        <translation>تعذر فتح الدفتر</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead.</source>
        <translation>«%1» موجود بالفعل. افتحه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» غير موجود.</translation>
    </message>
    <message>
        <source>“%1” is in use: it is open in another Delight Workshop window. Close it there first, or open a copy of it.</source>
        <translation>«%1» قيد الاستخدام: إنه مفتوح في نافذة أخرى من Delight Workshop. أغلقه هناك أولًا، أو افتح نسخة منه.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: the folder is read-only.</source>
        <translation>تعذّر إنشاء «%1»: المجلد للقراءة فقط.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Some changes could not be recovered</source>
        <translation>تعذّر استرداد بعض التغييرات</translation>
    </message>
    <message>
        <source>“%1” was not closed properly and part of its journal was damaged: the book opened with every change up to the damaged part. A copy of the journal was kept as “%2” for recovery.</source>
        <translation>لم يُغلق «%1» بشكل سليم وتلف جزء من سجله: فُتح الدفتر بكل التغييرات حتى الجزء التالف. حُفظت نسخة من السجل باسم «%2» للاسترداد.</translation>
    </message>
    <message>
        <source>“%1” is read-only: nothing can be changed; File &gt; Save a Copy As… makes a copy you can edit.</source>
        <translation>«%1» للقراءة فقط: لا يمكن تغيير شيء؛ ملف &gt; حفظ نسخة باسم… ينشئ نسخة يمكنك تعديلها.</translation>
    </message>
    <message>
        <source>The book may be damaged</source>
        <translation>قد يكون الدفتر تالفًا</translation>
    </message>
    <message>
        <source>A check of “%1” found a problem: %2

What you add is still saved. Keep a copy now (File &gt; Save a Copy As…) and keep the book&apos;s earlier copies until it has been looked at.</source>
        <translation>وجد فحص «%1» مشكلة: %2

ما تضيفه لا يزال يُحفظ. احتفظ بنسخة الآن (ملف &gt; حفظ نسخة باسم…) واحتفظ بالنسخ السابقة من الدفتر حتى يُفحص.</translation>
    </message>
    <message>
        <source>New workshop book</source>
        <translation>دفتر ورشة جديد</translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation>فتح دفتر ورشة</translation>
    </message>
    <message>
        <source>Save a copy of the book</source>
        <translation>حفظ نسخة من الدفتر</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>تعذر حفظ النسخة</translation>
    </message>
    <message>
        <source>Choose another name than the open book&apos;s.</source>
        <translation>اختر اسمًا غير اسم الدفتر المفتوح.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>تعذرت كتابة «%1»: %2</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>حُفظت نسخة باسم %1</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>Cards deleted: %1. Ctrl+Z brings them back.</source>
        <translation>البطاقات المحذوفة: %1. Ctrl+Z يعيدها.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>+%1 merged</source>
        <translation>‎+%1 مدمجة</translation>
    </message>
    <message>
        <source>hidden from the projector</source>
        <translation>مخفية عن جهاز العرض</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Edit card</source>
        <translation>تعديل البطاقة</translation>
    </message>
    <message>
        <source>This session is anonymous: no names are kept.</source>
        <translation>هذه الجلسة مجهولة الهوية: لا تُحفظ أسماء.</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>أسماء، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation>&amp;التقدير لـ</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation>&amp;قالها</translation>
    </message>
</context>
<context>
    <name>ClosedModel</name>
    <message>
        <source>Done since last time</source>
        <translation>أُنجز منذ المرة الماضية</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The book may be damaged</source>
        <translation>قد يكون الدفتر تالفًا</translation>
    </message>
    <message>
        <source>Part of the open book could not be read: its file is damaged. Keep a copy now (File &gt; Save a Copy As…) and keep the book&apos;s earlier copies until it has been looked at.</source>
        <translation>تعذّرت قراءة جزء من الدفتر المفتوح: ملفه تالف. احتفظ بنسخة الآن (ملف &gt; حفظ نسخة باسم…) واحتفظ بالنسخ السابقة من الدفتر حتى يُفحص.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>كُتبت التفاصيل في %1.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Delight Workshop ran into an unexpected problem. Everything entered before it is saved in the book; you can carry on.</source>
        <translation>واجه Delight Workshop مشكلة غير متوقعة. كل ما أُدخل قبلها محفوظ في الدفتر؛ يمكنك المتابعة.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>session(s)</source>
        <translation>
            <numerusform>جلسة</numerusform>
            <numerusform>جلسة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>جلسات</numerusform>
            <numerusform>جلسة</numerusform>
            <numerusform>جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contribution(s)</source>
        <translation>
            <numerusform>مساهمة</numerusform>
            <numerusform>مساهمة</numerusform>
            <numerusform>مساهمتان</numerusform>
            <numerusform>مساهمات</numerusform>
            <numerusform>مساهمة</numerusform>
            <numerusform>مساهمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) done</source>
        <translation>
            <numerusform>إجراء منجز</numerusform>
            <numerusform>إجراء منجز</numerusform>
            <numerusform>إجراءان منجزان</numerusform>
            <numerusform>إجراءات منجزة</numerusform>
            <numerusform>إجراءً منجزًا</numerusform>
            <numerusform>إجراء منجز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) open</source>
        <translation>
            <numerusform>إجراء مفتوح</numerusform>
            <numerusform>إجراء مفتوح</numerusform>
            <numerusform>إجراءان مفتوحان</numerusform>
            <numerusform>إجراءات مفتوحة</numerusform>
            <numerusform>إجراءً مفتوحًا</numerusform>
            <numerusform>إجراء مفتوح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) removed</source>
        <translation>
            <numerusform>عقبة مزالة</numerusform>
            <numerusform>عقبة مزالة</numerusform>
            <numerusform>عقبتان مزالتان</numerusform>
            <numerusform>عقبات مزالة</numerusform>
            <numerusform>عقبةً مزالة</numerusform>
            <numerusform>عقبة مزالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) in the way</source>
        <translation>
            <numerusform>عقبة تعيق العمل</numerusform>
            <numerusform>عقبة تعيق العمل</numerusform>
            <numerusform>عقبتان تعيقان العمل</numerusform>
            <numerusform>عقبات تعيق العمل</numerusform>
            <numerusform>عقبةً تعيق العمل</numerusform>
            <numerusform>عقبة تعيق العمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2</source>
        <translation>
            <numerusform>%n جلسة من %1 إلى %2</numerusform>
            <numerusform>جلسة واحدة (%n) من %1 إلى %2</numerusform>
            <numerusform>جلستان (%n) من %1 إلى %2</numerusform>
            <numerusform>%n جلسات من %1 إلى %2</numerusform>
            <numerusform>%n جلسةً من %1 إلى %2</numerusform>
            <numerusform>%n جلسة من %1 إلى %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>جداول بيانات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>مستندات Markdown (*.md)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;words:</source>
        <translation>&amp;كلمات العميل:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>ال&amp;عميل:</translation>
    </message>
    <message>
        <source>&amp;Employee(s) to credit:</source>
        <translation>ال&amp;موظفون المراد تقديرهم:</translation>
    </message>
    <message>
        <source>&amp;Playbook entry used:</source>
        <translation>مُدخل &amp;دليل المعالجة المستخدم:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>العام الماضي</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>كل الفترات</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>What goes wrong, as the customer sees it</source>
        <translation>ما الذي يسوء، كما يراه العميل</translation>
    </message>
    <message>
        <source>The words we say first</source>
        <translation>الكلمات التي نقولها أولًا</translation>
    </message>
    <message>
        <source>What we do to put it right</source>
        <translation>ما نفعله لتصحيح الأمر</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>من يقوم به</translation>
    </message>
    <message>
        <source>no time set</source>
        <translation>لا وقت محدد</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ساعات</translation>
    </message>
    <message>
        <source>The small surprise the customer did not expect</source>
        <translation>المفاجأة الصغيرة التي لم يتوقعها العميل</translation>
    </message>
    <message>
        <source>Who may give the extra</source>
        <translation>من يحق له تقديم اللفتة الإضافية</translation>
    </message>
    <message>
        <source>Up to what amount, e.g. €20</source>
        <translation>حتى أي مبلغ، مثل €20</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S، أو Enter في أحد الحقول</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>&amp;Mishap</source>
        <translation>ال&amp;خطأ</translation>
    </message>
    <message>
        <source>&amp;Apologise</source>
        <translation>&amp;اعتذر</translation>
    </message>
    <message>
        <source>&amp;Fix it</source>
        <translation>&amp;أصلحه</translation>
    </message>
    <message>
        <source>B&amp;y, within</source>
        <translation>&amp;بواسطة، خلال</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>ال&amp;لفتة الإضافية</translation>
    </message>
    <message>
        <source>Au&amp;thorised by, up to</source>
        <translation>بإ&amp;ذن من، حتى</translation>
    </message>
    <message>
        <source>New playbook entry</source>
        <translation>مُدخل جديد في دليل المعالجة</translation>
    </message>
    <message>
        <source>Add to playbook</source>
        <translation>إضافة إلى دليل المعالجة</translation>
    </message>
    <message>
        <source>New playbook entry from the vote</source>
        <translation>مُدخل جديد في دليل المعالجة من التصويت</translation>
    </message>
    <message>
        <source>Edit playbook entry</source>
        <translation>تعديل مُدخل دليل المعالجة</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Mishap</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>الاعتذار</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>الإصلاح</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>اللفتة الإضافية</translation>
    </message>
    <message>
        <source>Who can authorise</source>
        <translation>من يستطيع الإذن</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>كيف سار الأمر</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation>مرحبًا بك في Delight Workshop</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>&amp;تخطي الجولة</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Open the &amp;demo book</source>
        <translation>فتح الدفتر ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>Run improvement workshops with your team: ideas to delight customers, obstacles to remove and hero stories on the projector, dots to vote, and an action plan that says who does what by when.</source>
        <translation>أدر ورش تحسين مع فريقك: أفكار لإسعاد العملاء، وعقبات يجب إزالتها، وقصص أبطال على جهاز العرض، ونقاط للتصويت، وخطة عمل تحدد من يفعل ماذا ومتى.</translation>
    </message>
    <message>
        <source>Try it on the demo book first: three finished sessions of a car dealer&apos;s service desk that you can click through and change freely.</source>
        <translation>جرّبه أولًا على الدفتر التجريبي: ثلاث جلسات منتهية لمكتب خدمة لدى وكيل سيارات، يمكنك التنقل فيها وتغييرها بحرية.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتح %1</translation>
    </message>
    <message>
        <source>The demo book is in %1 but could not be opened.</source>
        <translation>الدفتر التجريبي موجود في %1 لكن تعذر فتحه.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>The demo book could not be made: %1</source>
        <translation>تعذر إنشاء الدفتر التجريبي: %1</translation>
    </message>
    <message>
        <source>Start from last time</source>
        <translation>ابدأ من المرة الماضية</translation>
    </message>
    <message>
        <source>Check what the last session promised: which actions are done, which obstacles are gone.</source>
        <translation>راجع ما وعدت به الجلسة الماضية: أي الإجراءات أُنجز، وأي العقبات زالت.</translation>
    </message>
    <message>
        <source>Read out a hero story from customer feedback to get the room talking.</source>
        <translation>اقرأ قصة بطل من آراء العملاء ليبدأ الحاضرون الحديث.</translation>
    </message>
    <message>
        <source>Collect the ideas</source>
        <translation>اجمع الأفكار</translation>
    </message>
    <message>
        <source>The team gives its ideas for the round&apos;s prompt while the timer runs.</source>
        <translation>يطرح الفريق أفكاره لسؤال الجولة بينما يعمل المؤقت.</translation>
    </message>
    <message>
        <source>Put related cards into themes and merge duplicates, so votes are not split.</source>
        <translation>ضع البطاقات المتقاربة في مواضيع وادمج المكررات، كي لا تتشتت الأصوات.</translation>
    </message>
    <message>
        <source>Choose and commit</source>
        <translation>اختر والتزم</translation>
    </message>
    <message>
        <source>Everyone spends a few dots on what the team should do first.</source>
        <translation>يوزع كل شخص بضع نقاط على ما ينبغي للفريق فعله أولًا.</translation>
    </message>
    <message>
        <source>Turn the winners into actions: what, who, by when, and the first step.</source>
        <translation>حوّل الفائزين إلى إجراءات: ماذا، ومن، ومتى، والخطوة الأولى.</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>أغلق الحلقة</translation>
    </message>
    <message>
        <source>Thank the team, print the action plan and agree when to follow it up.</source>
        <translation>اشكر الفريق، واطبع خطة العمل، واتفقوا على موعد المتابعة.</translation>
    </message>
    <message>
        <source>Everything is saved in the book as you go. Replay this tour from Help &gt; Tour of the Phases.</source>
        <translation>يُحفظ كل شيء في الدفتر أولًا بأول. أعد هذه الجولة من مساعدة &gt; جولة في المراحل.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>What was promised</source>
        <translation>ما وُعد به</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Promised in</source>
        <translation>وُعد به في</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <source>Obstacle</source>
        <translation>العقبة</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>سمّاها</translation>
    </message>
    <message>
        <source>Still in the way</source>
        <translation>لا تزال قائمة</translation>
    </message>
    <message>
        <source>Times named</source>
        <translation>مرات ذكرها</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>التجميع</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>New theme…</source>
        <translation>موضوع جديد…</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>نقل إلى موضوع…</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>دمج المكررات</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Drag cards onto a theme, or select them and press Ctrl+G. Ctrl+click two duplicates, then Ctrl+M merges them.</source>
        <translation>اسحب البطاقات إلى موضوع، أو حددها واضغط Ctrl+G. انقر مع Ctrl على مكررين، ثم يدمجهما Ctrl+M.</translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation>حدد بطاقة أو أكثر أولًا.</translation>
    </message>
    <message>
        <source>(No theme)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>نقل إلى موضوع</translation>
    </message>
    <message>
        <source>Theme, or type a new one:</source>
        <translation>الموضوع، أو اكتب موضوعًا جديدًا:</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new theme, with %n selected card(s):</source>
        <translation>
            <numerusform>اسم الموضوع الجديد، مع %n بطاقة محددة:</numerusform>
            <numerusform>اسم الموضوع الجديد، مع %n بطاقة محددة:</numerusform>
            <numerusform>اسم الموضوع الجديد، مع %n بطاقتين محددتين:</numerusform>
            <numerusform>اسم الموضوع الجديد، مع %n بطاقات محددة:</numerusform>
            <numerusform>اسم الموضوع الجديد، مع %n بطاقةً محددة:</numerusform>
            <numerusform>اسم الموضوع الجديد، مع %n بطاقة محددة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>اسم الموضوع الجديد:</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>Choose a theme</source>
        <translation>اختر موضوعًا</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>إعادة تسمية الموضوع</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Deleted the theme “%1”; its cards are not grouped now.</source>
        <translation>حُذف الموضوع «%1»؛ بطاقاته الآن غير مجمّعة.</translation>
    </message>
    <message>
        <source>Select two duplicates (Ctrl+click) to merge.</source>
        <translation>حدد مكررين (نقر مع Ctrl) لدمجهما.</translation>
    </message>
    <message>
        <source>Merged: every author and vote is kept. Ctrl+Shift+M splits again.</source>
        <translation>تم الدمج: يُحتفظ بكل قائل وكل صوت. Ctrl+Shift+M يفصلها مجددًا.</translation>
    </message>
    <message>
        <source>Select a merged card to split it.</source>
        <translation>حدد بطاقة مدمجة لفصلها.</translation>
    </message>
</context>
<context>
    <name>HeroStoryModel</name>
    <message>
        <source>Story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>HeroView</name>
    <message>
        <source>No hero stories yet. Who went the extra mile for a customer lately?</source>
        <translation>لا قصص أبطال بعد. من بذل جهدًا إضافيًا من أجل عميل مؤخرًا؟</translation>
    </message>
    <message>
        <source>Everyday delight</source>
        <translation>إسعاد يومي</translation>
    </message>
    <message>
        <source>Great recoveries</source>
        <translation>إنقاذات رائعة</translation>
    </message>
    <message>
        <source>Thanks to %1</source>
        <translation>شكرًا لـ %1</translation>
    </message>
</context>
<context>
    <name>IdeatePage</name>
    <message>
        <source>What small thing could we do that would make a customer smile?</source>
        <translation>ما الشيء الصغير الذي يمكننا فعله ليبتسم العميل؟</translation>
    </message>
    <message>
        <source>What gets in the way of serving customers well?</source>
        <translation>ما الذي يعيق خدمة العملاء جيدًا؟</translation>
    </message>
    <message>
        <source>Who went the extra mile for a customer lately?</source>
        <translation>من بذل جهدًا إضافيًا من أجل عميل مؤخرًا؟</translation>
    </message>
    <message>
        <source>What would make our service feel worth more to a customer?</source>
        <translation>ما الذي يجعل خدمتنا أثمن في نظر العميل؟</translation>
    </message>
    <message>
        <source>Ctrl+%1, or Ctrl+K for the next kind</source>
        <translation>Ctrl+%1، أو Ctrl+K للنوع التالي</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>قالها</translation>
    </message>
    <message>
        <source>Ctrl+U: next person, or type a name and Enter</source>
        <translation>Ctrl+U: الشخص التالي، أو اكتب اسمًا ثم Enter</translation>
    </message>
    <message>
        <source>Type what the room says, Enter adds it. F5 shows it on the projector.</source>
        <translation>اكتب ما يقوله الحاضرون، وEnter يضيفه. F5 يعرضه على جهاز العرض.</translation>
    </message>
    <message>
        <source>Capture box</source>
        <translation>مربع الإدخال</translation>
    </message>
    <message>
        <source>Credit to: who went the extra mile (names, separated by commas)</source>
        <translation>التقدير لـ: من بذل جهدًا إضافيًا (أسماء، تفصل بينها فواصل)</translation>
    </message>
    <message>
        <source>Enter adds the card · Ctrl+K kind · Ctrl+U person · Ctrl+Z undo</source>
        <translation>Enter يضيف البطاقة · Ctrl+K النوع · Ctrl+U الشخص · Ctrl+Z تراجع</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>المسجَّل</translation>
    </message>
    <message>
        <source>Silent mode</source>
        <translation>الوضع الصامت</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>جهاز العرض</translation>
    </message>
    <message>
        <source>New cards stay off the projector until you reveal them.</source>
        <translation>تبقى البطاقات الجديدة خارج جهاز العرض حتى تكشفها.</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>حتى الآن</translation>
    </message>
    <message>
        <source>Anonymous session: no names are kept</source>
        <translation>جلسة مجهولة الهوية: لا تُحفظ أسماء</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <source>%1: type what was said, then Enter</source>
        <translation>%1: اكتب ما قيل، ثم Enter</translation>
    </message>
    <message>
        <source>Nobody called “%1” in this session: Esc goes back.</source>
        <translation>لا أحد باسم «%1» في هذه الجلسة: Esc للعودة.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) now on the projector.</source>
        <translation>
            <numerusform>لا بطاقات على جهاز العرض الآن.</numerusform>
            <numerusform>بطاقة واحدة على جهاز العرض الآن.</numerusform>
            <numerusform>بطاقتان على جهاز العرض الآن.</numerusform>
            <numerusform>%n بطاقات على جهاز العرض الآن.</numerusform>
            <numerusform>%n بطاقة على جهاز العرض الآن.</numerusform>
            <numerusform>%n بطاقة على جهاز العرض الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured: %1 cards, the newest %2 shown</source>
        <translation>المسجَّل: %1 بطاقة، تُعرض أحدث %2</translation>
    </message>
    <message>
        <source>Captured, newest first (%1)</source>
        <translation>المسجَّل، الأحدث أولًا (%1)</translation>
    </message>
    <message>
        <source>Reveal hidden cards (%1)</source>
        <translation>كشف البطاقات المخفية (%1)</translation>
    </message>
</context>
<context>
    <name>IdeateView</name>
    <message>
        <source>How could we delight our customers?</source>
        <translation>كيف يمكننا إسعاد عملائنا؟</translation>
    </message>
    <message>
        <source>Ideas are collected quietly; they appear together.</source>
        <translation>تُجمع الأفكار بصمت؛ وتظهر معًا.</translation>
    </message>
    <message>
        <source>Collecting quietly</source>
        <translation>جمع صامت</translation>
    </message>
    <message>
        <source>Say it, and it appears here.</source>
        <translation>قلها، وستظهر هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%n delight idea(s) on the wall</source>
        <translation>
            <numerusform>%n فكرة إسعاد على الجدار</numerusform>
            <numerusform>%n فكرة إسعاد على الجدار</numerusform>
            <numerusform>%n فكرتا إسعاد على الجدار</numerusform>
            <numerusform>%n أفكار إسعاد على الجدار</numerusform>
            <numerusform>%n فكرةَ إسعاد على الجدار</numerusform>
            <numerusform>%n فكرة إسعاد على الجدار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obstacle(s) on the wall</source>
        <translation>
            <numerusform>%n عقبة على الجدار</numerusform>
            <numerusform>%n عقبة على الجدار</numerusform>
            <numerusform>%n عقبتان على الجدار</numerusform>
            <numerusform>%n عقبات على الجدار</numerusform>
            <numerusform>%n عقبةً على الجدار</numerusform>
            <numerusform>%n عقبة على الجدار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hero story/stories on the wall</source>
        <translation>
            <numerusform>%n قصة بطل على الجدار</numerusform>
            <numerusform>%n قصة بطل على الجدار</numerusform>
            <numerusform>%n قصتا بطل على الجدار</numerusform>
            <numerusform>%n قصص أبطال على الجدار</numerusform>
            <numerusform>%n قصةَ بطل على الجدار</numerusform>
            <numerusform>%n قصة بطل على الجدار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value idea(s) on the wall</source>
        <translation>
            <numerusform>%n فكرة قيمة على الجدار</numerusform>
            <numerusform>%n فكرة قيمة على الجدار</numerusform>
            <numerusform>%n فكرتا قيمة على الجدار</numerusform>
            <numerusform>%n أفكار قيمة على الجدار</numerusform>
            <numerusform>%n فكرةَ قيمة على الجدار</numerusform>
            <numerusform>%n فكرة قيمة على الجدار</numerusform>
        </translation>
    </message>
    <message>
        <source>Time!</source>
        <translation>انتهى الوقت!</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <source>Delight Workshop: the session will start shortly.</source>
        <translation>Delight Workshop: ستبدأ الجلسة قريبًا.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Delight idea</source>
        <translation>فكرة إسعاد</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>عقبة</translation>
    </message>
    <message>
        <source>Hero story</source>
        <translation>قصة بطل</translation>
    </message>
    <message>
        <source>Value idea</source>
        <translation>فكرة قيمة</translation>
    </message>
    <message>
        <source>Delight ideas</source>
        <translation>أفكار الإسعاد</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>العقبات</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>قصص الأبطال</translation>
    </message>
    <message>
        <source>Value ideas</source>
        <translation>أفكار القيمة</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>إسعاد يومي</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>معالجة</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>The new language applies the next time Delight Workshop starts. A session can have its own language for the projector and the printed plan (Session settings).</source>
        <translation>تسري اللغة الجديدة عند تشغيل Delight Workshop في المرة القادمة. يمكن أن تكون للجلسة لغتها الخاصة لجهاز العرض والخطة المطبوعة (إعدادات الجلسة).</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;لغة التطبيق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation>Delight Workshop</translation>
    </message>
    <message>
        <source>No book open</source>
        <translation>لا دفتر مفتوح</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (للقراءة فقط)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;جلسة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>MishapModel</name>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Mishap</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>In the playbook</source>
        <translation>في دليل المعالجة</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>ال&amp;قالب</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>إنشاء الجلسة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>المي&amp;سّر</translation>
    </message>
</context>
<context>
    <name>NoSessionPage</name>
    <message>
        <source>No session yet</source>
        <translation>لا جلسة بعد</translation>
    </message>
    <message>
        <source>Start a session from a template: delight ideas, an obstacle hunt, hero stories, value ideas, a recovery playbook or a follow-up review. You can change the prompts, the people and the settings.</source>
        <translation>ابدأ جلسة من قالب: أفكار إسعاد، أو مطاردة العقبات، أو قصص أبطال، أو أفكار قيمة، أو دليل معالجة الخدمة، أو مراجعة متابعة. يمكنك تغيير الأسئلة والمشاركين والإعدادات.</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>جلسة جديدة…</translation>
    </message>
</context>
<context>
    <name>NumberTyping</name>
    <message>
        <source>Item %1… type the next digit (Backspace clears it)</source>
        <translation>البند %1… اكتب الرقم التالي (Backspace يمسحه)</translation>
    </message>
    <message>
        <source>Item numbers start at 1.</source>
        <translation>تبدأ أرقام البنود من 1.</translation>
    </message>
</context>
<context>
    <name>ObstacleForm</name>
    <message>
        <source>Obstacle</source>
        <translation>عقبة</translation>
    </message>
    <message>
        <source>Select an obstacle on the left.</source>
        <translation>حدد عقبة على اليسار.</translation>
    </message>
    <message>
        <source>How the team can work around it meanwhile</source>
        <translation>كيف يمكن للفريق الالتفاف عليها في الوقت الحالي</translation>
    </message>
    <message>
        <source>Who can remove it for good</source>
        <translation>من يستطيع إزالتها نهائيًا</translation>
    </message>
    <message>
        <source>Save obstacle</source>
        <translation>حفظ العقبة</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S، أو Enter في أحد الحقول</translation>
    </message>
    <message>
        <source>&amp;Way around</source>
        <translation>طريق ال&amp;التفاف</translation>
    </message>
    <message>
        <source>&amp;Who can remove it</source>
        <translation>&amp;من يستطيع إزالتها</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
</context>
<context>
    <name>ObstacleModel</name>
    <message>
        <source>Obstacle</source>
        <translation>عقبة</translation>
    </message>
    <message>
        <source>Way around</source>
        <translation>طريق الالتفاف</translation>
    </message>
    <message>
        <source>Who can remove it</source>
        <translation>من يستطيع إزالتها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Flagged in</source>
        <translation>أُشير إليه في</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تاريخ التغيير</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>One name per line, or paste a list (commas and tabs work too)</source>
        <translation>اسم في كل سطر، أو الصق قائمة (تعمل الفواصل وعلامات الجدولة أيضًا)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>لا أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Playbook</source>
        <translation>دليل المعالجة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>الإحماء</translation>
    </message>
    <message>
        <source>Ideate</source>
        <translation>توليد الأفكار</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>التجميع</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>الختام</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <source>Phones in the room</source>
        <translation>الهواتف في القاعة</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>إزالة الهاتف</translation>
    </message>
    <message>
        <source>The phone leaves the room; its cards and dots stay</source>
        <translation>يغادر الهاتف القاعة؛ تبقى بطاقاته ونقاطه</translation>
    </message>
    <message>
        <source>A removed phone can join again with the code.</source>
        <translation>يمكن للهاتف المُزال الانضمام مجددًا بالرمز.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>الهاتف %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, has voted</source>
        <translation>%1، صوّت</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This phase is not available in this version of Delight Workshop yet.</source>
        <translation>هذه المرحلة غير متاحة بعد في هذا الإصدار من Delight Workshop.</translation>
    </message>
    <message>
        <source>Move on with Ctrl+PgDown, or back with Ctrl+PgUp.</source>
        <translation>تابع بـ Ctrl+PgDown، أو ارجع بـ Ctrl+PgUp.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Actions</source>
        <translation>الإ&amp;جراءات</translation>
    </message>
    <message>
        <source>O&amp;bstacles</source>
        <translation>ال&amp;عقبات</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>إنشاء إجراء</translation>
    </message>
    <message>
        <source>Enter on an item, or Ctrl+Shift+A</source>
        <translation>Enter على بند، أو Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل للأعلى</translation>
    </message>
    <message>
        <source>Alt+Up, or drag the action</source>
        <translation>Alt+Up، أو اسحب الإجراء</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل للأسفل</translation>
    </message>
    <message>
        <source>Alt+Down, or drag the action</source>
        <translation>Alt+Down، أو اسحب الإجراء</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>مفتاح Delete؛ Ctrl+Z يعيده</translation>
    </message>
    <message>
        <source>Vote result</source>
        <translation>نتيجة التصويت</translation>
    </message>
    <message>
        <source>Obstacles of this session</source>
        <translation>عقبات هذه الجلسة</translation>
    </message>
    <message>
        <source>Staff are usually blocked by rules and tools, not by motivation. Name a way around for now, and who can remove the obstacle for good.</source>
        <translation>عادة ما تعيق القواعدُ والأدواتُ الموظفين، لا قلةُ الحافز. سمِّ طريقًا للالتفاف الآن، ومن يستطيع إزالة العقبة نهائيًا.</translation>
    </message>
    <message>
        <source>Planned actions (%1) · %2 incomplete: name an owner and a due date</source>
        <translation>الإجراءات المخطط لها (%1) · %2 غير مكتملة: حدّد مسؤولًا وتاريخ استحقاق</translation>
    </message>
    <message>
        <source>Planned actions (%1)</source>
        <translation>الإجراءات المخططة (%1)</translation>
    </message>
    <message>
        <source>Pick an item of the vote result first.</source>
        <translation>اختر بندًا من نتيجة التصويت أولًا.</translation>
    </message>
    <message>
        <source>Action deleted. Ctrl+Z brings it back.</source>
        <translation>حُذف الإجراء. Ctrl+Z يعيده.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>The action plan appears here as it is made.</source>
        <translation>تظهر خطة العمل هنا أثناء إعدادها.</translation>
    </message>
    <message>
        <source>Our action plan</source>
        <translation>خطة عملنا</translation>
    </message>
    <message>
        <source>Top voted</source>
        <translation>الأكثر تصويتًا</translation>
    </message>
    <message>
        <source>owner to be found</source>
        <translation>المسؤول لم يُحدد بعد</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>التاريخ لم يُحدد بعد</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · بحلول %2</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>within a day</source>
        <translation>خلال يوم</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>خلال %1 يوم</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>خلال ساعة</translation>
    </message>
    <message>
        <source>within %1 hours</source>
        <translation>خلال %1 ساعة</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <translation>%1 نجحت</translation>
    </message>
    <message>
        <source>%1 partly</source>
        <translation>%1 جزئيًا</translation>
    </message>
    <message>
        <source>%1 did not work</source>
        <translation>%1 لم تنجح</translation>
    </message>
    <message>
        <source>%1 not reviewed</source>
        <translation>%1 لم تُراجع</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>مُدخل واحد</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>المُدخلات: %1</translation>
    </message>
    <message>
        <source>used once</source>
        <translation>استُخدم مرة واحدة</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>مرات الاستخدام: %1</translation>
    </message>
    <message>
        <source>Used once: did the recovery work?</source>
        <translation>استُخدم مرة واحدة: هل نجحت المعالجة؟</translation>
    </message>
    <message>
        <source>Used %1 times: did the recovery work?</source>
        <translation>مرات الاستخدام: %1: هل نجحت المعالجة؟</translation>
    </message>
</context>
<context>
    <name>PlaybookExports</name>
    <message>
        <source>Save the Recovery Playbook as PDF</source>
        <translation>حفظ دليل المعالجة بصيغة PDF</translation>
    </message>
    <message>
        <source>Save Recovery Pocket Cards</source>
        <translation>حفظ بطاقات جيب المعالجة</translation>
    </message>
    <message>
        <source>Save the Recovery Playbook as Markdown</source>
        <translation>حفظ دليل المعالجة بصيغة Markdown</translation>
    </message>
    <message>
        <source>Save the Recovery Playbook as CSV</source>
        <translation>حفظ دليل المعالجة بصيغة CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>مستندات Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>جداول بيانات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The recovery playbook was saved as {name}: a page for each mishap.</source>
        <translation>حُفظ دليل المعالجة باسم {name}: صفحة لكل خطأ.</translation>
    </message>
    <message>
        <source>The pocket cards were saved as {name}: print at 100 % and cut along the marks.</source>
        <translation>حُفظت بطاقات الجيب باسم {name}: اطبعها بنسبة 100 % وقصّها على طول العلامات.</translation>
    </message>
    <message>
        <source>The recovery playbook was saved as {name}.</source>
        <translation>حُفظ دليل المعالجة باسم {name}.</translation>
    </message>
</context>
<context>
    <name>PlaybookPage</name>
    <message>
        <source>Write its recovery</source>
        <translation>اكتب معالجته</translation>
    </message>
    <message>
        <source>Enter on a mishap</source>
        <translation>Enter على خطأ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>مفتاح Delete؛ Ctrl+Z يعيده</translation>
    </message>
    <message>
        <source>Top-voted mishaps</source>
        <translation>الأخطاء الأعلى تصويتًا</translation>
    </message>
    <message>
        <source>Recoveries the room wrote for it</source>
        <translation>المعالجات التي كتبها الحاضرون له</translation>
    </message>
    <message>
        <source>Enter copies one into the field you were typing in.</source>
        <translation>Enter ينسخ واحدة إلى الحقل الذي كنت تكتب فيه.</translation>
    </message>
    <message>
        <source>A good recovery starts with an apology, puts things right fast (within a day), and adds something the customer did not expect. Agree who may give the extra, and up to what amount, so nobody has to ask.</source>
        <translation>المعالجة الجيدة تبدأ باعتذار، وتصحح الأمر بسرعة (خلال يوم)، وتضيف شيئًا لم يتوقعه العميل. اتفقوا على من يحق له تقديم اللفتة الإضافية، وحتى أي مبلغ، كي لا يضطر أحد إلى السؤال.</translation>
    </message>
    <message>
        <source>Written in this session (%1)</source>
        <translation>مكتوبة في هذه الجلسة (%1)</translation>
    </message>
    <message>
        <source>Pick a mishap of the vote first.</source>
        <translation>اختر خطأً من التصويت أولًا.</translation>
    </message>
    <message>
        <source>Added to the playbook. Ctrl+Z takes it out again.</source>
        <translation>أُضيف إلى دليل المعالجة. Ctrl+Z يزيله مجددًا.</translation>
    </message>
    <message>
        <source>Select an entry in the list below to delete it.</source>
        <translation>حدّد مُدخلًا في القائمة أدناه لحذفه.</translation>
    </message>
    <message>
        <source>Entry deleted. Ctrl+Z brings it back.</source>
        <translation>حُذف المُدخل. Ctrl+Z يعيده.</translation>
    </message>
</context>
<context>
    <name>PlaybookView</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>اعتذر</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>أصلحه</translation>
    </message>
    <message>
        <source>The unexpected extra</source>
        <translation>اللفتة غير المتوقعة</translation>
    </message>
    <message>
        <source>Who can authorise it</source>
        <translation>من يستطيع الإذن بها</translation>
    </message>
    <message>
        <source>Each mishap gets its recovery here, as it is written.</source>
        <translation>تظهر هنا معالجة كل خطأ حين تُكتب.</translation>
    </message>
    <message>
        <source>Our recovery playbook</source>
        <translation>دليل المعالجة الخاص بنا</translation>
    </message>
</context>
<context>
    <name>PlaybookWindow</name>
    <message>
        <source>Recovery playbook</source>
        <translation>دليل المعالجة</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>ما الذي حدث (اختياري)</translation>
    </message>
    <message>
        <source>Record a use</source>
        <translation>تسجيل استخدام</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>مُدخل جديد</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>مفتاح Delete؛ Ctrl+Z يعيده</translation>
    </message>
    <message>
        <source>Playbook PDF…</source>
        <translation>دليل المعالجة PDF…</translation>
    </message>
    <message>
        <source>Pocket cards…</source>
        <translation>بطاقات الجيب…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل للأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل للأسفل</translation>
    </message>
    <message>
        <source>Select an entry to see how it was used.</source>
        <translation>حدّد مُدخلًا لترى كيف استُخدم.</translation>
    </message>
    <message>
        <source>Not used yet: record a use when the front line reports one.</source>
        <translation>لم يُستخدم بعد: سجّل استخدامًا عندما يبلّغ عنه موظفو الخطوط الأمامية.</translation>
    </message>
</context>
<context>
    <name>PlaybookWrapup</name>
    <message>
        <source>Playbook as PDF…</source>
        <translation>دليل المعالجة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Pocket cards to cut out…</source>
        <translation>بطاقات جيب للقص…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>جدول بيانات (CSV)…</translation>
    </message>
    <message>
        <source>The whole playbook…</source>
        <translation>دليل المعالجة كاملًا…</translation>
    </message>
    <message>
        <source>Hand out the playbook</source>
        <translation>وزّع دليل المعالجة</translation>
    </message>
    <message>
        <source>Print the pocket cards for everyone at the counter. Next time, the follow-up asks which recoveries were used and whether they worked.</source>
        <translation>اطبع بطاقات الجيب لكل من يعمل على المكتب. في المرة القادمة، تسأل المتابعة عن المعالجات التي استُخدمت وهل نجحت.</translation>
    </message>
    <message>
        <source>Written in this session</source>
        <translation>مكتوبة في هذه الجلسة</translation>
    </message>
    <message>
        <source>Mishaps named: %1 · recoveries suggested: %2 · written into the playbook: %3 (entries in the whole playbook: %4)</source>
        <translation>الأخطاء المذكورة: %1 · المعالجات المقترحة: %2 · المكتوبة في دليل المعالجة: %3 (المُدخلات في دليل المعالجة كله: %4)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Worked</source>
        <translation>نجحت</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>Did not work</source>
        <translation>لم تنجح</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>هل نجحت؟</translation>
    </message>
    <message>
        <source>Recoveries used</source>
        <translation>المعالجات المستخدمة</translation>
    </message>
    <message>
        <source>Not known (0)</source>
        <translation>غير معروف (0)</translation>
    </message>
    <message>
        <source>Did the recovery work? Select one: 1 worked, 2 partly, 3 not.</source>
        <translation>هل نجحت المعالجة؟ اختر واحدًا: 1 نجحت، 2 جزئيًا، 3 لم تنجح.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>منذ المرة الماضية</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>قصص الأبطال</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>الجدار</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>الختام</translation>
    </message>
    <message>
        <source>Recovery playbook</source>
        <translation>دليل المعالجة</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Delight Workshop: projector</source>
        <translation>Delight Workshop: جهاز العرض</translation>
    </message>
    <message>
        <source>Esc or F5: back to the console</source>
        <translation>Esc أو F5: العودة إلى وحدة التحكم</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Tied with another item</source>
        <translation>متعادل مع بند آخر</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>إسعاد يومي</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>معالجة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>No actions from earlier sessions yet: a fresh start.</source>
        <translation>لا إجراءات من جلسات سابقة بعد: بداية جديدة.</translation>
    </message>
    <message>
        <source>Done since last time: thank you!</source>
        <translation>أُنجز منذ المرة الماضية: شكرًا لكم!</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>ما زال مطلوبًا</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>كان مستحقًا في %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بحلول %1</translation>
    </message>
</context>
<context>
    <name>Rollup</name>
    <message>
        <source>This book is on a network drive</source>
        <translation>هذا الدفتر على محرك أقراص شبكي</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2). Sharing one live book there is unsafe: SQLite cannot lock it reliably over the network, and a book changed from two computers can be damaged. Keep each team&apos;s book on its own computer, and to see several teams together collect copies in a folder and use File &gt; Roll-up of Several Books…</source>
        <translation>«%1» على محرك أقراص شبكي (%2). مشاركة دفتر حيّ واحد هناك غير آمنة: لا يستطيع SQLite قفله بشكل موثوق عبر الشبكة، وقد يتلف دفتر يُغيَّر من حاسوبين. احتفظ بدفتر كل فريق على حاسوبه، ولرؤية عدة فرق معًا اجمع النسخ في مجلد واستخدم ملف &gt; ملخص مجمّع لعدة دفاتر…</translation>
    </message>
    <message>
        <source>The roll-up reads copies of the teams&apos; books side by side. It never changes a book: each team keeps its own book on its facilitator&apos;s laptop, and copies are collected in a folder (sent by e-mail, or a folder the teams sync with the tools they already use). Do not share one live book on a network drive for several people to open: SQLite cannot lock a file reliably over a network, and a book written from two computers can be damaged. Roll up the copies instead.
Obstacles in different teams&apos; words are grouped by similarity: a higher threshold groups only closer wordings. Merge groups that mean the same, split one that does not; the grouping is kept in a .rollup.json file beside the export, never in the books.</source>
        <translation>يقرأ الملخص المجمّع نسخًا من دفاتر الفرق جنبًا إلى جنب. ولا يغيّر أي دفتر أبدًا: يحتفظ كل فريق بدفتره على حاسوب الميسّر المحمول، وتُجمع النسخ في مجلد (تُرسل بالبريد الإلكتروني، أو مجلد تزامنه الفرق بالأدوات التي تستخدمها أصلًا). لا تشارك دفترًا حيًّا واحدًا على محرك أقراص شبكي ليفتحه عدة أشخاص: لا يستطيع SQLite قفل ملف بشكل موثوق عبر الشبكة، وقد يتلف دفتر يُكتب من حاسوبين. اجمع النسخ بدلًا من ذلك.
تُجمّع العقبات المكتوبة بكلمات فرق مختلفة حسب التشابه: العتبة الأعلى لا تجمع إلا الصياغات الأقرب. ادمج المجموعات التي تعني الشيء نفسه، وافصل ما لا يعني ذلك؛ يُحفظ التجميع في ملف .rollup.json بجانب الملف المُصدَّر، وليس في الدفاتر أبدًا.</translation>
    </message>
    <message>
        <source>The team&apos;s name (from its book, else the file&apos;s name)</source>
        <translation>اسم الفريق (من دفتره، وإلا فاسم الملف)</translation>
    </message>
    <message>
        <source>The date of the latest session held</source>
        <translation>تاريخ آخر جلسة منعقدة</translation>
    </message>
    <message>
        <source>Sessions held so far</source>
        <translation>الجلسات المنعقدة حتى الآن</translation>
    </message>
    <message>
        <source>Delight and value ideas per session held</source>
        <translation>أفكار الإسعاد والقيمة لكل جلسة منعقدة</translation>
    </message>
    <message>
        <source>Actions open or in progress</source>
        <translation>الإجراءات المفتوحة أو قيد التنفيذ</translation>
    </message>
    <message>
        <source>Open actions past their due date</source>
        <translation>الإجراءات المفتوحة التي تجاوزت تاريخ استحقاقها</translation>
    </message>
    <message>
        <source>Obstacles open or in progress</source>
        <translation>العقبات المفتوحة أو قيد التنفيذ</translation>
    </message>
    <message>
        <source>Obstacles in the way for more than 90 days</source>
        <translation>العقبات التي تعيق العمل منذ أكثر من 90 يومًا</translation>
    </message>
    <message>
        <source>Median days from flagging an obstacle to its removal</source>
        <translation>وسيط الأيام من الإبلاغ عن عقبة حتى إزالتها</translation>
    </message>
    <message>
        <source>Hero stories (of which routine delight)</source>
        <translation>قصص الأبطال (ومنها الإسعاد اليومي)</translation>
    </message>
    <message>
        <source>Recognition: 2 per routine-delight story, 1 per recovery</source>
        <translation>التقدير: 2 لكل قصة إسعاد يومي، و1 لكل معالجة</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Phones…</source>
        <translation>الهواتف…</translation>
    </message>
    <message>
        <source>See the phones in the room; remove one</source>
        <translation>عرض الهواتف في القاعة؛ إزالة أحدها</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>إغلاق القاعة</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>فتح القاعة</translation>
    </message>
    <message>
        <source>Stop serving the phones; every phone is disconnected</source>
        <translation>إيقاف خدمة الهواتف؛ يُقطع اتصال كل هاتف</translation>
    </message>
    <message>
        <source>Let the room join from their phones on the local network</source>
        <translation>السماح للحاضرين بالانضمام من هواتفهم على الشبكة المحلية</translation>
    </message>
    <message>
        <source>Phones can write and vote once you open the room.</source>
        <translation>يمكن للهواتف الكتابة والتصويت بمجرد فتح القاعة.</translation>
    </message>
    <message>
        <source>Join: %1  code: %2</source>
        <translation>الانضمام: %1  الرمز: %2</translation>
    </message>
    <message>
        <source>%1 (this computer only: no network found)</source>
        <translation>%1 (هذا الحاسوب فقط: لم يُعثر على شبكة)</translation>
    </message>
    <message>
        <source>Phones in the room: %1</source>
        <translation>الهواتف في القاعة: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phones that have voted: %1</source>
        <translation>الهواتف التي صوّتت: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RoomJoinPanel</name>
    <message>
        <source>Join on your phone: scan the code, or open</source>
        <translation>انضم من هاتفك: امسح الرمز، أو افتح</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>الرمز: %1</translation>
    </message>
    <message>
        <source>Phones in the room: %1</source>
        <translation>الهواتف في القاعة: %1</translation>
    </message>
    <message>
        <source>Phones that have voted: %1</source>
        <translation>الهواتف التي صوّتت: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RoundsEditor</name>
    <message>
        <source>Rounds and their prompts</source>
        <translation>الجولات وأسئلتها</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>إضافة جولة</translation>
    </message>
    <message>
        <source>The question the room answers in this round</source>
        <translation>السؤال الذي تجيب عنه القاعة في هذه الجولة</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Import customer feedback</source>
        <translation>استيراد آراء العملاء</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Imported {0} hero stories (Ctrl+Z undoes)</source>
        <translation>استُوردت قصص الأبطال: {0} (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <source>Pulled {0} value ideas into this session</source>
        <translation>سُحبت أفكار قيمة إلى هذه الجلسة: {0}</translation>
    </message>
    <message>
        <source>Pull value ideas from the backlog</source>
        <translation>سحب أفكار القيمة من المخزون</translation>
    </message>
    <message>
        <source>The backlog is empty: every earlier value idea is acted on or already in this session.</source>
        <translation>المخزون فارغ: كل فكرة قيمة سابقة نُفذت أو موجودة بالفعل في هذه الجلسة.</translation>
    </message>
    <message>
        <source>Value ideas from earlier sessions</source>
        <translation>أفكار القيمة من الجلسات السابقة</translation>
    </message>
    <message>
        <source>Ideas not yet turned into an action. Tick the ones to put to the vote again (Space ticks); they are copied into this session as new cards.</source>
        <translation>أفكار لم تتحول إلى إجراء بعد. ضع علامة على ما تريد طرحه للتصويت مجددًا (مفتاح المسافة يضع العلامة)؛ تُنسخ إلى هذه الجلسة كبطاقات جديدة.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;مسح</translation>
    </message>
    <message>
        <source>&amp;Pull {0} into this session</source>
        <translation>&amp;سحب {0} إلى هذه الجلسة</translation>
    </message>
    <message>
        <source>{0} dots</source>
        <translation>النقاط: {0}</translation>
    </message>
    <message>
        <source>raised in {0} sessions</source>
        <translation>طُرحت في {0} جلسات</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>لم يُستخدم بعد</translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation>%1، حتى %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>✓ written</source>
        <translation>✓ مكتوبة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <translation>%1 نجحت</translation>
    </message>
    <message>
        <source>Open %1 · in progress %2 · removed %3 · won&apos;t fix %4</source>
        <translation>مفتوحة %1 · قيد العمل %2 · أُزيلت %3 · لن تُعالج %4</translation>
    </message>
    <message>
        <source>In the way for under 30 days: %1 · 30 to 90 days: %2 · over 90: %3</source>
        <translation>قائمة منذ أقل من 30 يومًا: %1 · من 30 إلى 90 يومًا: %2 · أكثر من 90: %3</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>محدد يدويًا</translation>
    </message>
    <message>
        <source>by similarity</source>
        <translation>حسب التشابه</translation>
    </message>
    <message>
        <source>Roll-up of several books</source>
        <translation>ملخص مجمّع لعدة دفاتر</translation>
    </message>
    <message>
        <source>Add a &amp;Folder…</source>
        <translation>إضافة &amp;مجلد…</translation>
    </message>
    <message>
        <source>Add &amp;Books…</source>
        <translation>إضافة &amp;دفاتر…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;تصفية:</translation>
    </message>
    <message>
        <source>part of a team&apos;s name</source>
        <translation>جزء من اسم الفريق</translation>
    </message>
    <message>
        <source>Double-click a team to open its book in the console</source>
        <translation>انقر نقرًا مزدوجًا على فريق لفتح دفتره في وحدة التحكم</translation>
    </message>
    <message>
        <source>Similarity &amp;threshold:</source>
        <translation>&amp;عتبة التشابه:</translation>
    </message>
    <message>
        <source>Higher: only closer wordings are grouped as one obstacle</source>
        <translation>أعلى: لا تُجمع كعقبة واحدة إلا الصياغات الأقرب</translation>
    </message>
    <message>
        <source>Show obstacles named by &amp;one team</source>
        <translation>عرض العقبات التي سمّاها فريق &amp;واحد</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>&amp;دمج المحدد</translation>
    </message>
    <message>
        <source>The selected groups name the same obstacle</source>
        <translation>المجموعات المحددة تسمّي العقبة نفسها</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;فصل</translation>
    </message>
    <message>
        <source>Each wording of the selected groups stands alone</source>
        <translation>كل صياغة من المجموعات المحددة تقف وحدها</translation>
    </message>
    <message>
        <source>&amp;Let the Threshold Decide</source>
        <translation>&amp;ترك القرار للعتبة</translation>
    </message>
    <message>
        <source>Roll up the books of a folder</source>
        <translation>تجميع دفاتر مجلد</translation>
    </message>
    <message>
        <source>Roll up workshop books</source>
        <translation>تجميع دفاتر الورشة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the roll-up</source>
        <translation>تصدير الملخص المجمّع</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>تصدير &amp;Markdown…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Obstacles many teams share</source>
        <translation>عقبات تشترك فيها فرق عديدة</translation>
    </message>
    <message>
        <source>Workshop books (*%1);;Roll-up files (*.rollup.json);;All files (*)</source>
        <translation>دفاتر الورشة (*%1);;ملفات الملخص المجمّع (*.rollup.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading book %1 of %2…</source>
        <translation>قراءة الدفتر %1 من %2…</translation>
    </message>
    <message>
        <source>Choose a folder of books, or the books themselves: they are only read.</source>
        <translation>اختر مجلدًا من الدفاتر، أو الدفاتر نفسها: تُقرأ فقط.</translation>
    </message>
    <message>
        <source>%1 open actions, %2 overdue · %3 obstacles in the way, %4 for over 90 days · median %5 days to remove one · %6 sessions held · %7 hero stories, %8 of routine delight · %9 obstacles shared by two teams or more</source>
        <translation>إجراءات مفتوحة: %1، متأخرة: %2 · عقبات قائمة: %3، منها منذ أكثر من 90 يومًا: %4 · الوسيط لإزالة عقبة: %5 يوم · جلسات عُقدت: %6 · قصص أبطال: %7، منها إسعاد يومي: %8 · عقبات يشترك فيها فريقان أو أكثر: %9</translation>
    </message>
    <message>
        <source>Saved %1 (grouping kept in %2)</source>
        <translation>حُفظ %1 (التجميع محفوظ في %2)</translation>
    </message>
    <message>
        <source>Cannot open the roll-up file</source>
        <translation>تعذّر فتح ملف الملخص المجمّع</translation>
    </message>
    <message>
        <source>Cannot save the grouping</source>
        <translation>تعذّر حفظ التجميع</translation>
    </message>
    <message>
        <source>Cannot export the roll-up</source>
        <translation>تعذّر تصدير الملخص المجمّع</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>حُفظ {0}</translation>
    </message>
    <message>
        <source>Saved {0} in {1}: this computer has no program that opens PDF files.</source>
        <translation>حُفظ {0} في {1}: لا يوجد على هذا الحاسوب برنامج يفتح ملفات PDF.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المؤشرات</translation>
    </message>
    <message>
        <source>&amp;Export open actions (PDF)…</source>
        <translation>&amp;تصدير الإجراءات المفتوحة (PDF)…</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>الجلسات في الشهر</translation>
    </message>
    <message>
        <source>Contributions per session</source>
        <translation>المساهمات في الجلسة</translation>
    </message>
    <message>
        <source>Actions per session: done and open</source>
        <translation>الإجراءات في الجلسة: المنجزة والمفتوحة</translation>
    </message>
    <message>
        <source>Obstacles per session: removed and in the way</source>
        <translation>العقبات في الجلسة: المزالة والقائمة</translation>
    </message>
    <message>
        <source>Export open actions</source>
        <translation>تصدير الإجراءات المفتوحة</translation>
    </message>
    <message>
        <source>No sessions in this book yet.</source>
        <translation>لا جلسات في هذا الدفتر بعد.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>{due}
{n} days late</source>
        <translation>{due}
متأخر {n} يوم</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>%1  (other wordings: %2)</source>
        <translation>%1  (صيغ أخرى: %2)</translation>
    </message>
    <message>
        <source>Teams rolled up: %1</source>
        <translation>الفرق المجمّعة: %1</translation>
    </message>
    <message>
        <source>Files skipped (%1): %2</source>
        <translation>الملفات المتخطاة (%1): %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>مزال</translation>
    </message>
    <message>
        <source>in the way</source>
        <translation>قائم</translation>
    </message>
    <message>
        <source>Could not export the open actions: {0}</source>
        <translation>تعذر تصدير الإجراءات المفتوحة: {0}</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر ملف</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <source>Routine delight (counts double in recognition)</source>
        <translation>إسعاد يومي (يُحسب مضاعفًا في التقدير)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>معالجة</translation>
    </message>
    <message>
        <source>Mark the stories as:</source>
        <translation>وسم القصص بأنها:</translation>
    </message>
    <message>
        <source>Recovery &amp;used:</source>
        <translation>المعالجة ال&amp;مستخدمة:</translation>
    </message>
    <message>
        <source>(none, or as the playbook column says)</source>
        <translation>(لا شيء، أو كما يذكر عمود دليل المعالجة)</translation>
    </message>
    <message>
        <source>words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>playbook</source>
        <translation>دليل المعالجة</translation>
    </message>
    <message>
        <source>Positive feedback becomes hero stories: choose which column holds the customer&apos;s words and, if the file has them, the date, the customer and the employees to credit (several names separated by ; or ,).</source>
        <translation>تصبح الآراء الإيجابية قصص أبطال: اختر العمود الذي يحوي كلمات العميل، وإن وُجدت في الملف، التاريخ والعميل والموظفين المراد تقديرهم (عدة أسماء تفصلها ; أو ,).</translation>
    </message>
    <message>
        <source>Choose a CSV file exported from your survey tool.</source>
        <translation>اختر ملف CSV مصدّرًا من أداة الاستطلاع.</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s words.</source>
        <translation>اختر العمود الذي يحوي كلمات العميل.</translation>
    </message>
    <message>
        <source>{0} hero stories will be added to this session.</source>
        <translation>ستُضاف قصص أبطال إلى هذه الجلسة: {0}.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(اختر عمودًا)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>&amp;Import {0} stories</source>
        <translation>ا&amp;ستيراد {0} من القصص</translation>
    </message>
    <message>
        <source>{0} empty rows are skipped.</source>
        <translation>تُتخطى الصفوف الفارغة: {0}.</translation>
    </message>
    <message>
        <source>This file cannot be read: {0}</source>
        <translation>تعذرت قراءة هذا الملف: {0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>لم يُستورد شيء: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Nothing open from earlier sessions: a clean slate.</source>
        <translation>لا شيء مفتوح من الجلسات السابقة: صفحة بيضاء.</translation>
    </message>
    <message>
        <source>Done  (D)</source>
        <translation>منجز  (D)</translation>
    </message>
    <message>
        <source>In progress, new date…  (P)</source>
        <translation>قيد التنفيذ، تاريخ جديد…  (P)</translation>
    </message>
    <message>
        <source>Dropped, with a reason…  (X)</source>
        <translation>مُلغى، مع السبب…  (X)</translation>
    </message>
    <message>
        <source>Done since last time</source>
        <translation>أُنجز منذ المرة الماضية</translation>
    </message>
    <message>
        <source>Nothing closed since the last session yet. Mark one done with D.</source>
        <translation>لم يُغلق شيء منذ الجلسة الماضية بعد. علِّم واحدًا كمنجز بـ D.</translation>
    </message>
    <message>
        <source>Follow-up: what did we promise last time?</source>
        <translation>المتابعة: بمَ وعدنا في المرة الماضية؟</translation>
    </message>
    <message>
        <source>Celebrate these first.</source>
        <translation>احتفلوا بهذه أولًا.</translation>
    </message>
    <message>
        <source>Keys: D done · P in progress with a new date · X dropped with a reason · ↑↓ next action</source>
        <translation>المفاتيح: D منجز · P قيد التنفيذ بتاريخ جديد · X مُلغى مع السبب · ↑↓ الإجراء التالي</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>{0} open from earlier sessions</source>
        <translation>مفتوحة من جلسات سابقة: {0}</translation>
    </message>
    <message>
        <source>Done since last time: {0}</source>
        <translation>أُنجز منذ المرة الماضية: {0}</translation>
    </message>
    <message>
        <source> (dropped: {0})</source>
        <translation> (مُلغى: {0})</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>متأخرة: {0}</translation>
    </message>
    <message>
        <source>{0} closed just now</source>
        <translation>أُغلقت للتو: {0}</translation>
    </message>
    <message>
        <source>First step: {0}</source>
        <translation>الخطوة الأولى: {0}</translation>
    </message>
    <message>
        <source>Help needed: {0}</source>
        <translation>المساعدة المطلوبة: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>ملاحظة: {0}</translation>
    </message>
    <message>
        <source>Obstacle board</source>
        <translation>لوحة العقبات</translation>
    </message>
    <message>
        <source>Every obstacle the team has flagged, until someone removes it.</source>
        <translation>كل عقبة أشار إليها الفريق، حتى يزيلها أحد.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Still in the way (open or in progress)</source>
        <translation>ما زالت قائمة (مفتوحة أو قيد التنفيذ)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Who can &amp;remove it:</source>
        <translation>من يستطيع إ&amp;زالتها:</translation>
    </message>
    <message>
        <source>F2 or double-click edits the way around and who can remove it · Ctrl+Z undoes</source>
        <translation>F2 أو النقر المزدوج يعدّل طريق الالتفاف ومن يستطيع الإزالة · Ctrl+Z للتراجع</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation>لم يُسمَّ أحد بعد</translation>
    </message>
    <message>
        <source>flagged {0}</source>
        <translation>أُشير إليها {0}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>won&apos;t fix</source>
        <translation>لن تُعالج</translation>
    </message>
    <message>
        <source>median days to removal</source>
        <translation>وسيط الأيام حتى الإزالة</translation>
    </message>
    <message>
        <source>Showing {0} of {1}</source>
        <translation>عرض {0} من {1}</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>&amp;طباعة شهادة…</translation>
    </message>
    <message>
        <source>A one-page certificate with this story, ready to frame</source>
        <translation>شهادة من صفحة واحدة بهذه القصة، جاهزة للتأطير</translation>
    </message>
    <message>
        <source>No hero stories credit anyone in this period.</source>
        <translation>لا تقدّر قصص الأبطال أحدًا في هذه الفترة.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>حفظ الشهادة</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>إسعاد يومي</translation>
    </message>
    <message>
        <source>Score: {routine} points for each routine-delight story, {recovery} for each recovery. Everyday delight counts more than a dramatic rescue: nobody should need a foul-up to shine.</source>
        <translation>النتيجة: {routine} نقاط لكل قصة إسعاد يومي، و{recovery} لكل معالجة. الإسعاد اليومي يُحسب أكثر من الإنقاذ الدرامي: لا ينبغي أن يحتاج أحد إلى خطأ كي يتألق.</translation>
    </message>
    <message>
        <source>{name}: 1 story, score {score}</source>
        <translation>{name}: قصة واحدة، النتيجة {score}</translation>
    </message>
    <message>
        <source>{name}: {n} stories, score {score}</source>
        <translation>{name}: القصص {n}، النتيجة {score}</translation>
    </message>
    <message>
        <source>Could not save the certificate: {0}</source>
        <translation>تعذر حفظ الشهادة: {0}</translation>
    </message>
    <message>
        <source>In progress: new date</source>
        <translation>قيد التنفيذ: تاريخ جديد</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>تاريخ الاستحقاق الجديد:</translation>
    </message>
    <message>
        <source>What is left to do (optional)</source>
        <translation>ما تبقى للقيام به (اختياري)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Drop action</source>
        <translation>إلغاء الإجراء</translation>
    </message>
    <message>
        <source>Why is it dropped? (needed)</source>
        <translation>لماذا أُلغي؟ (مطلوب)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Same as the app</source>
        <translation>مثل التطبيق</translation>
    </message>
    <message>
        <source>The language of the projector, the printed action plan and the phones page</source>
        <translation>لغة جهاز العرض وخطة العمل المطبوعة وصفحة الهواتف</translation>
    </message>
    <message>
        <source>Session &amp;language</source>
        <translation>&amp;لغة الجلسة</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Phase: %1</source>
        <translation>المرحلة: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Sessions of the book</source>
        <translation>جلسات الدفتر</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>جلسة جديدة…</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>لا جلسات بعد.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا جلسات</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>إعدادات الجلسة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>وظيفته</translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation>ابحث عن أمر أو مفتاح…</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>مزال</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>لن يُعالج</translation>
    </message>
</context>
<context>
    <name>StepButton</name>
    <message>
        <source>Phase %1: %2</source>
        <translation>المرحلة %1: %2</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Go to %1 (Ctrl+PgDown / Ctrl+PgUp step through)</source>
        <translation>الانتقال إلى %1 (Ctrl+PgDown / Ctrl+PgUp للتنقل)</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>المرحلة %1: %2</translation>
    </message>
</context>
<context>
    <name>StoriesModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>كلمات العميل</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>آخر جلسة</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Ideas / session</source>
        <translation>الأفكار / الجلسة</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>الإجراءات المفتوحة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>In the way</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>&gt; 90 days</source>
        <translation>&gt; 90 يومًا</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>وسيط الأيام</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>قصص الأبطال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation>طول الجولة بالدقائق</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>‎+1 دقيقة</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة ضبط</translation>
    </message>
    <message>
        <source>Start or pause the timer (Ctrl+T)</source>
        <translation>تشغيل المؤقت أو إيقافه مؤقتًا (Ctrl+T)</translation>
    </message>
    <message>
        <source>Add a minute (Ctrl+=)</source>
        <translation>إضافة دقيقة (Ctrl+=)</translation>
    </message>
    <message>
        <source>Back to the round length (Ctrl+R)</source>
        <translation>العودة إلى طول الجولة (Ctrl+R)</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>مؤقت الجولة</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Play a chime when time is up (View &gt; Sound When Time Is Up)</source>
        <translation>تشغيل رنين عند انتهاء الوقت (عرض &gt; صوت عند انتهاء الوقت)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>TimerStatus</name>
    <message>
        <source>Timer running: %1</source>
        <translation>المؤقت يعمل: %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>المؤقت: %1</translation>
    </message>
</context>
<context>
    <name>UseModel</name>
    <message>
        <source>Used on</source>
        <translation>تاريخ الاستخدام</translation>
    </message>
    <message>
        <source>Mishap</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>كيف سار الأمر</translation>
    </message>
    <message>
        <source>Note or story</source>
        <translation>ملاحظة أو قصة</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Turn by turn at the laptop</source>
        <translation>بالدور على الحاسوب المحمول</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>رفع الأيدي</translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation>على هواتفهم</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>النقاط لكل شخص</translation>
    </message>
    <message>
        <source>Most dots one person may give one item</source>
        <translation>أقصى نقاط يعطيها شخص لبند واحد</translation>
    </message>
    <message>
        <source>Secret until revealed</source>
        <translation>سري حتى الكشف</translation>
    </message>
    <message>
        <source>Hide the counts on the projector while voting is open</source>
        <translation>إخفاء الأعداد على جهاز العرض أثناء فتح التصويت</translation>
    </message>
    <message>
        <source>How many people vote (the session lists nobody)</source>
        <translation>كم شخصًا يصوّت (الجلسة لا تذكر أحدًا)</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>المصوّتون</translation>
    </message>
    <message>
        <source>Open voting</source>
        <translation>فتح التصويت</translation>
    </message>
    <message>
        <source>Open voting (Ctrl+Shift+O)</source>
        <translation>فتح التصويت (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Close voting and reveal</source>
        <translation>إغلاق التصويت والكشف</translation>
    </message>
    <message>
        <source>Close voting and reveal (Ctrl+Shift+R)</source>
        <translation>إغلاق التصويت والكشف (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Dots each</source>
        <translation>النقاط لكل شخص</translation>
    </message>
    <message>
        <source>Most per item</source>
        <translation>الحد الأقصى لكل بند</translation>
    </message>
    <message>
        <source>Hands raised, then Enter</source>
        <translation>الأيدي المرفوعة، ثم Enter</translation>
    </message>
    <message>
        <source>Hands for the selected item</source>
        <translation>الأيدي للبند المحدد</translation>
    </message>
    <message>
        <source>Previous items</source>
        <translation>البنود السابقة</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>مزيد من البنود</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Take back my last dot</source>
        <translation>استرجاع آخر نقطة لي</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Previous voter</source>
        <translation>المصوّت السابق</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>المصوّت التالي</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Enter أو Tab</translation>
    </message>
    <message>
        <source>Choose a session to vote in.</source>
        <translation>اختر جلسة للتصويت فيها.</translation>
    </message>
    <message>
        <source>Nothing to vote on yet: capture and reveal some ideas first.</source>
        <translation>لا شيء للتصويت عليه بعد: سجّل بعض الأفكار واكشفها أولًا.</translation>
    </message>
    <message>
        <source>Voting is closed. The result is below and on the projector (Ctrl+Z reopens voting).</source>
        <translation>أُغلق التصويت. النتيجة أدناه وعلى جهاز العرض (Ctrl+Z يعيد فتح التصويت).</translation>
    </message>
    <message>
        <source>An item&apos;s number, or Up/Down and Space: give a dot · Backspace: take it back · Enter or Tab: next voter · PgUp/PgDn: more items</source>
        <translation>رقم البند، أو Up/Down وSpace: إعطاء نقطة · Backspace: استعادتها · Enter أو Tab: المصوّت التالي · PgUp/PgDn: بنود أخرى</translation>
    </message>
    <message>
        <source>Set the limits, then open voting.</source>
        <translation>اضبط الحدود، ثم افتح التصويت.</translation>
    </message>
    <message>
        <source>Show of hands: select an item, type the count, press Enter.</source>
        <translation>رفع الأيدي: حدد بندًا، واكتب العدد، واضغط Enter.</translation>
    </message>
    <message>
        <source>Everyone has voted. Close voting to reveal the result.</source>
        <translation>صوّت الجميع. أغلق التصويت لكشف النتيجة.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1: تبقى %2 من %3 نقاط</translation>
    </message>
    <message>
        <source>Up/Down: choose an item · type the count · Enter: record it</source>
        <translation>أعلى/أسفل: اختر بندًا · اكتب العدد · Enter: سجّله</translation>
    </message>
    <message>
        <source>Items %1-%2 of %3</source>
        <translation>البنود %1-%2 من %3</translation>
    </message>
</context>
<context>
    <name>VoteView</name>
    <message>
        <source>Nothing to vote on yet.</source>
        <translation>لا شيء للتصويت عليه بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>لا نقاط</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) from %1 voters</source>
        <translation>
            <numerusform>لا نقاط من %1 مصوّتين</numerusform>
            <numerusform>نقطة واحدة من %1 مصوّتين</numerusform>
            <numerusform>نقطتان من %1 مصوّتين</numerusform>
            <numerusform>%n نقاط من %1 مصوّتين</numerusform>
            <numerusform>%n نقطة من %1 مصوّتين</numerusform>
            <numerusform>%n نقطة من %1 مصوّتين</numerusform>
        </translation>
    </message>
    <message>
        <source>The result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>%1 dots each, at most %2 on one item</source>
        <translation>%1 نقاط لكل شخص، وحد أقصى %2 على بند واحد</translation>
    </message>
    <message>
        <source>Voting opens shortly</source>
        <translation>يبدأ التصويت قريبًا</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>رفع الأيدي</translation>
    </message>
    <message>
        <source>Raise your hand for the item read out.</source>
        <translation>ارفع يدك للبند الذي يُقرأ.</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>صوّت من هاتفك</translation>
    </message>
    <message>
        <source>Everyone has voted</source>
        <translation>صوّت الجميع</translation>
    </message>
    <message>
        <source>The result follows when voting closes.</source>
        <translation>تظهر النتيجة عند إغلاق التصويت.</translation>
    </message>
    <message>
        <source>1-9: give a dot · Backspace: take it back · Enter: next person</source>
        <translation>1-9: أعطِ نقطة · Backspace: استرجعها · Enter: الشخص التالي</translation>
    </message>
    <message>
        <source>The counts stay secret until voting closes.</source>
        <translation>تبقى الأعداد سرية حتى يُغلق التصويت.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>المتبقي: %1</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>متعادل</translation>
    </message>
</context>
<context>
    <name>VotingSettings</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Anonymous: keep no names with the cards</source>
        <translation>مجهول الهوية: لا تُحفظ أسماء مع البطاقات</translation>
    </message>
    <message>
        <source>In turn, at the laptop</source>
        <translation>بالدور، على الحاسوب المحمول</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>رفع الأيدي</translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation>على هواتفهم</translation>
    </message>
    <message>
        <source>Keep the votes secret until voting closes</source>
        <translation>إبقاء الأصوات سرية حتى يُغلق التصويت</translation>
    </message>
    <message>
        <source>Silent mode: new cards stay off the projector</source>
        <translation>الوضع الصامت: تبقى البطاقات الجديدة خارج جهاز العرض</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>النقاط لكل شخص</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation>أقصى نقاط على بند واحد</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>التصويت</translation>
    </message>
</context>
<context>
    <name>VotingState</name>
    <message>
        <source>Voter %1 of %2</source>
        <translation>المصوّت %1 من %2</translation>
    </message>
    <message>
        <source>Part of the book could not be read: the ballot is empty.</source>
        <translation>تعذّرت قراءة جزء من الدفتر: ورقة التصويت فارغة.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>لا يوجد بند %1.</translation>
    </message>
    <message>
        <source>Voting is not open.</source>
        <translation>التصويت غير مفتوح.</translation>
    </message>
    <message>
        <source>No dots left: press Enter to pass to the next voter.</source>
        <translation>لم تبقَ نقاط: اضغط Enter للانتقال إلى المصوّت التالي.</translation>
    </message>
    <message>
        <source>At most %1 dots on one item: choose another.</source>
        <translation>الحد الأقصى %1 نقاط على بند واحد: اختر بندًا آخر.</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>لا شيء للاسترجاع.</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>No ideas on the wall yet.</source>
        <translation>لا أفكار على الجدار بعد.</translation>
    </message>
    <message>
        <source>Not grouped yet</source>
        <translation>غير مجمّع بعد</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>غير مجمّع</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (تتمة)</translation>
    </message>
</context>
<context>
    <name>WarmupPage</name>
    <message>
        <source>Read out to the room</source>
        <translation>اقرأها على الحاضرين</translation>
    </message>
    <message>
        <source>Hero stories from customer feedback</source>
        <translation>قصص أبطال من آراء العملاء</translation>
    </message>
    <message>
        <source>Start with what went right. Recognise the routine delight of an ordinary day above the dramatic rescue: nobody should need a mishap to shine.</source>
        <translation>ابدأ بما سار على ما يرام. قدّر الإسعاد اليومي في يوم عادي فوق الإنقاذ الدرامي: لا ينبغي أن يحتاج أحد إلى خطأ كي يتألق.</translation>
    </message>
    <message>
        <source>Add a hero story</source>
        <translation>إضافة قصة بطل</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words if you have them</source>
        <translation>ماذا حدث، بكلمات العميل إن توفرت</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>أسماء تفصلها فواصل</translation>
    </message>
    <message>
        <source>Edit story and credits…</source>
        <translation>تعديل القصة والتقدير…</translation>
    </message>
    <message>
        <source>F2, or double-click a story</source>
        <translation>F2، أو انقر نقرًا مزدوجًا على قصة</translation>
    </message>
    <message>
        <source>Add story</source>
        <translation>إضافة القصة</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Type the story someone tells, Ctrl+S adds it.</source>
        <translation>اكتب القصة التي يرويها أحدهم، وCtrl+S يضيفها.</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>ال&amp;قصة</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation>&amp;التقدير لـ</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>ال&amp;عميل</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;متى</translation>
    </message>
    <message>
        <source>No hero stories yet. Add the first one on the right.</source>
        <translation>لا قصص أبطال بعد. أضف الأولى على اليمين.</translation>
    </message>
    <message>
        <source>credit to %1</source>
        <translation>التقدير لـ %1</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>العميل: %1</translation>
    </message>
    <message>
        <source>Write the story first.</source>
        <translation>اكتب القصة أولًا.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation>مرحبًا بك في Delight Workshop</translation>
    </message>
    <message>
        <source>Everything your team says in a workshop is kept in a workshop book: one file per team, with all its sessions, ideas, votes and actions.</source>
        <translation>كل ما يقوله فريقك في الورشة يُحفظ في دفتر ورشة: ملف واحد لكل فريق، بكل جلساته وأفكاره وأصواته وإجراءاته.</translation>
    </message>
    <message>
        <source>New book elsewhere…</source>
        <translation>دفتر جديد في مكان آخر…</translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation>فتح دفتر…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>الدفاتر الأخيرة</translation>
    </message>
    <message>
        <source>Create “%1” in %2</source>
        <translation>إنشاء «%1» في %2</translation>
    </message>
</context>
<context>
    <name>WrapupPage</name>
    <message>
        <source>Action plan as PDF…</source>
        <translation>خطة العمل بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print the action plan…</source>
        <translation>طباعة خطة العمل…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>جدول بيانات (CSV)…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Due dates to calendar…</source>
        <translation>تواريخ الاستحقاق إلى التقويم…</translation>
    </message>
    <message>
        <source>Dots cast</source>
        <translation>النقاط الممنوحة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Hand out the plan</source>
        <translation>وزّع الخطة</translation>
    </message>
    <message>
        <source>Next time, the session starts with the follow-up: which of these actions are done, and what got in the way.</source>
        <translation>في المرة القادمة، تبدأ الجلسة بالمتابعة: أي هذه الإجراءات أُنجز، وما الذي اعترض الطريق.</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>facilitated by %1</source>
        <translation>بتيسير %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>لا أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 و%2 آخرون</translation>
    </message>
</context>
</TS>
