# كلمات oic-track بالعربية. كل مفتاح هنا موجود أيضًا في en.ftl و fr.ftl.
# Plural forms follow CLDR for Arabic: zero, one, two, few (3–10), many (11–99), other.
# Numbers are written in Arabic-Indic digits ($n-text), as the OIC's Arabic documents do.

report-title = تقرير عن التنفيذ
as-of = حتى تاريخ { $date }. تُحسب كل ولاية مرة واحدة، بحسب حالتها في ذلك اليوم.
label = { $label }:
list-separator = {"، "}
clause-separator = {"؛ "}
summary = موجز
all-resolutions = جميع القرارات
folder-empty = لا يحتوي المجلد على أي قرار بعد.
nothing-selected = لا توجد ولاية تطابق معايير الاختيار.
produced = أُعدّ باستخدام oic-track انطلاقًا من ملفات القرارات، حتى تاريخ { $date }.
html-title = { $title }، { $date }

col-resolution = القرار
col-adopted = تاريخ الاعتماد
col-mandates = الولايات
col-done = منجزة
col-in-progress = قيد التنفيذ
col-overdue = متأخرة
col-due-soon = مستحقة قريبًا
col-pending = قيد الانتظار
col-dropped = ملغاة
col-share-done = نسبة الإنجاز
col-window = الفترة المحددة
col-days-left = الأيام المتبقية
col-mandate = الولاية
col-actor = الجهة المعنية
col-summary = الملخص
col-status = الحالة
col-deadline = الموعد النهائي
col-done-on = تاريخ الإنجاز
col-due = الموعد النهائي
col-resolution-id = القرار
col-paragraph = ¶
col-days = الأيام
col-id = المعرّف
col-last-touched = آخر تحديث
col-idle-days = أيام دون تحديث
col-last-note = آخر ملاحظة
col-events = الحدث

group-actor = الجهة المعنية
group-resolution = القرار
group-status = الحالة
group-all = المجموع

status-overdue = متأخرة
status-due-soon = مستحقة قريبًا
status-in-progress = قيد التنفيذ
status-pending = قيد الانتظار
status-done = منجزة
status-done-late = منجزة متأخرة
status-dropped = ملغاة
status-open = مفتوحة

mandates = { $n ->
    [zero] { $n-text } ولاية
    [one] ولاية واحدة
    [two] ولايتان
    [few] { $n-text } ولايات
   *[other] { $n-text } ولاية
}
tally-part = { $status }: { $n-text }
tally-sentence = { $mandates }: { $parts }؛ { $share }
share-done = نسبة الإنجاز { $share }
none-stands = لم تبقَ أي ولاية قائمة

adopted-by = الجهة التي اعتمدته
session = الدورة
adopted-on = تاريخ الاعتماد
symbol = الرمز
source = المصدر
id = المعرّف
progress = التقدم المحرز

heading-overdue = الولايات المتأخرة
nothing-overdue = لا توجد ولاية متأخرة.
heading-upcoming = المواعيد النهائية المقبلة
nothing-upcoming = لا توجد ولاية مفتوحة لها موعد نهائي مقبل.
heading-mandates = الولايات
no-mandates = لا يتضمن هذا القرار أي ولاية.
heading-timeline = الجدول الزمني للمواعيد النهائية
heading-details = الولايات بالتفصيل
due = الموعد: { $deadline }
no-deadline = بلا موعد نهائي
done-on = في { $date }
no-progress = لم يُسجَّل أي تقدم.
progress-notes = سجل التقدم:

closes-today = يُغلق اليوم
days-left = { $n ->
    [one] يوم واحد متبقٍّ
    [two] يومان متبقيان
    [few] { $n-text } أيام متبقية
    [many] { $n-text } يومًا متبقيًا
   *[other] { $n-text } يوم متبقٍّ
}
days-late = { $n ->
    [one] بتأخير يوم واحد
    [two] بتأخير يومين
    [few] بتأخير { $n-text } أيام
    [many] بتأخير { $n-text } يومًا
   *[other] بتأخير { $n-text } يوم
}

anchor-adoption = الاعتماد
deadline-before = قبل { $event }
deadline-at = عند { $event }
deadline-days-after = { $n ->
    [one] بعد { $event } بيوم واحد
    [two] بعد { $event } بيومين
    [few] بعد { $event } بـ{ $n-text } أيام
    [many] بعد { $event } بـ{ $n-text } يومًا
   *[other] بعد { $event } بـ{ $n-text } يوم
}
deadline-days-before = { $n ->
    [one] قبل { $event } بيوم واحد
    [two] قبل { $event } بيومين
    [few] قبل { $event } بـ{ $n-text } أيام
    [many] قبل { $event } بـ{ $n-text } يومًا
   *[other] قبل { $event } بـ{ $n-text } يوم
}

deadline-every = كل { $period }
deadline-first = أولها { $first }
deadline-until = حتى { $until }
deadline-occurrence = { $deadline }، الاستحقاق رقم { $k-text }
calendar-occurrence = الاستحقاق رقم: { $k }

timeline-none = لا توجد ولاية في هذا القرار لها موعد نهائي.
timeline-aria = الفترات المحددة لـ{ $mandates }، من { $from } إلى { $to }؛ اليوم { $today }
timeline-today = اليوم
timeline-caption = الأشرطة: الفترة المحددة لكل ولاية، ملوّنة بحسب حالتها. الخط المتقطع: { $today }، تاريخ هذا التقرير. الخط المنقّط: الاعتماد، { $adopted }. { $mandates } لها موعد نهائي.
timeline-list = الفترات المحددة

incomplete-title = هذا التقرير غير مكتمل.
incomplete-body = الملفات التالية تحتوي على أخطاء ولم تُدرج فيه:

selection = نطاق التقرير: { $what }.
sel-actor = الجهة المعنية تتضمن «{ $value }»
sel-tag = الوسم «{ $value }»
sel-status = الحالة { $value }
sel-resolution = القرار { $value }
sel-due-before = فترة تبدأ قبل { $value }

page-of = الصفحة { $page } من { $pages }

calendar-status = الحالة في { $date }: { $status }
calendar-resolution = القرار: { $title }
calendar-actor = الجهة المعنية: { $actor }
calendar-deadline = الموعد النهائي: { $deadline }
calendar-paragraph = الفقرة: { $p }
calendar-mandate = الولاية: { $address }
