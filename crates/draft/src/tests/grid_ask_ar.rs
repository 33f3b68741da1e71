//! A composed coverage grid of the ways of asking in Arabic (helper hga2): which verb or
//! construction makes a mandate, and whom it names. Half the cases are formal resolution
//! paragraphs (UN, OIC, Arab League: present tense, the paragraph opening with the verb,
//! numbered "1-", "١ -", "أولاً:"), half communiqué, final-statement and news sentences (past
//! tense, narrated: "دعا المجلس ..."، "طالب الوزراء ..."، "كما حث المؤتمر ..."). Each way of
//! asking comes with more than one actor shape (one body, two bodies, "جميع الدول", a
//! pronoun suffix, a passive), with "و" / "كما" prefixes, an aside between verb and actor,
//! two verbs in one paragraph, both digit forms, tatweel and vowel marks; and near misses
//! that must ask nobody (a welcomed or recalled request, praise, thanks, a necessity that
//! names no doer, "keeps the matter under consideration", a preambular participle, a
//! description "X الذي دعا Y إلى", an invitation to attend).
//!
//! Every case was written, with its expectation, before the drafter ran on any of it; none
//! is a sentence of a real text. A case gives how many mandates the text yields and each
//! one's actor key words, or none; each drafted mandate is judged by the real-text scorer's
//! own rule (`judge::actors_right`: as many actors as keys, each key in an actor of its
//! own that adds at most three words to it or is its full name). A body's own act ("يقرر
//! إنشاء ...", "قرر المجلس عقد ...") is the body's, named as the text names it (the SPEC:
//! "Decides to ..." goes to the body); an act the body gives to X ("يقرر تكليف X بـ",
//! "يقرر دعوة X إلى") asks X. A necessity ("يؤكد على ضرورة / أهمية ...") is a view unless
//! it names its doer ("على ضرورة قيام X بـ ..." asks X), as docs/drafting.md has it.

use crate::tests::grid_common::{
    GridCase, actor_names, assert_whole, bracket, draft_case, pair_off, run_parts, shown,
};

/// What a case's text must yield.
pub(crate) enum Want {
    /// Exactly one mandate, asking these actors (one key each).
    One(&'static [&'static str]),
    /// Exactly this many mandates, each asking one of these sets of actors, one set each.
    Many(&'static [&'static [&'static str]]),
    /// No mandate at all.
    Nothing,
}

use Want::{Many, Nothing, One};

/// Formal resolution style or communiqué / news style.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Style {
    Formal,
    News,
}

use Style::{Formal, News};

pub(crate) struct Case {
    pub id: &'static str,
    pub style: Style,
    pub head: &'static str,
    pub text: &'static str,
    pub adopted: &'static str,
    pub want: Want,
}

const SC: &str = "إن مجلس الأمن،\n\nإذ يعرب عن بالغ قلقه إزاء تدهور الحالة الإنسانية في البلد،\n\n";
const GA: &str = "إن الجمعية العامة،\n\nإذ تستذكر قراراتها السابقة المتعلقة بهذا البند،\n\n";
const HRC: &str = "إن مجلس حقوق الإنسان،\n\nإذ يسترشد بمقاصد ميثاق الأمم المتحدة ومبادئه،\n\n";
const OIC: &str = "إن مجلس وزراء خارجية منظمة التعاون الإسلامي، المنعقد في دورته الرابعة والخمسين،\n\nإذ يستلهم مبادئ ميثاق المنظمة وأهدافه،\n\n";
const LAS: &str = "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على تقرير الأمين العام عن العمل العربي المشترك،\n\n";
const LAS_DECIDES: &str = "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على مذكرة الأمانة العامة بشأن البند،\n\nيقرر:\n\n";
const ESC: &str = "إن المجلس الاقتصادي والاجتماعي لجامعة الدول العربية،\n\nبعد اطلاعه على توصيات اللجنة الفنية الاستشارية،\n\n";

const N_LAS: &str = "القاهرة - اختتم مجلس جامعة الدول العربية على المستوى الوزاري أعمال دورته العادية اليوم في مقر الأمانة العامة.\n\n";
const N_OIC: &str =
    "جدة - اختتم مجلس وزراء خارجية منظمة التعاون الإسلامي أعمال دورته الاستثنائية مساء أمس.\n\n";
const N_MIN: &str =
    "القاهرة - اجتمع وزراء الخارجية العرب اليوم في مقر الجامعة لبحث تطورات الأوضاع في المنطقة.\n\n";
const N_AU: &str = "أديس أبابا - عقد مجلس السلم والأمن التابع للاتحاد الأفريقي اجتماعا طارئا أمس لبحث الوضع في منطقة الساحل.\n\n";
const N_SUMMIT: &str = "نواكشوط - اختتمت القمة العربية أعمالها مساء أمس بإصدار إعلان نواكشوط.\n\n";
const N_GCC: &str =
    "المنامة - اختتم المجلس الأعلى لمجلس التعاون لدول الخليج العربية أعمال دورته العادية أمس.\n\n";
const N_CONF: &str = "الرباط - اختتم المؤتمر الإسلامي لوزراء البيئة أعمال دورته الثامنة أمس.\n\n";
const N_EXPERTS: &str = "عمّان - اختتم اجتماع الخبراء العرب المعني بالأمن المائي أعماله أمس.\n\n";
const FINAL: &str = "البيان الختامي للاجتماع الوزاري\n\n";

const D1: &str = "2031-03-10";
const D2: &str = "2031-09-18";

#[rustfmt::skip]
pub(crate) const GRID: &[Case] = &[
    // ---- Formal: يطلب إلى / من X أن
    Case { id: "f-yatlub-ila-sg-indic-digit", style: Formal, head: SC, adopted: D1,
        text: "١ - يطلب إلى الأمين العام أن يقدم إلى المجلس تقريرا عن الحالة في غضون تسعين يوما؛\n",
        want: One(&["الأمين العام"]) },
    Case { id: "f-yatlub-min-two-bodies", style: Formal, head: OIC, adopted: D1,
        text: "1- يطلب من الأمانة العامة والبنك الإسلامي للتنمية أن يعدا دراسة جدوى لمشروع الربط الكهربائي.\n",
        want: One(&["الأمانة العامة", "البنك الإسلامي للتنمية"]) },
    Case { id: "f-tatlub-ila-all-states", style: Formal, head: GA, adopted: D2,
        text: "1 - تطلب إلى جميع الدول أن تمتنع عن أي عمل من شأنه أن يقوض عملية السلام؛\n",
        want: One(&["الدول"]) },
    Case { id: "f-tatlub-pronoun-ilayha", style: Formal, head: GA, adopted: D2,
        text: "1 - تحيط علما بتقرير اللجنة الاستشارية، وتطلب إليها أن تواصل استعراض المسألة؛\n",
        want: One(&["اللجنة الاستشارية"]) },
    Case { id: "f-yutlab-passive", style: Formal, head: OIC, adopted: D1,
        text: "1- يُطلب إلى الأمانة العامة أن تتابع تنفيذ هذا القرار وأن ترفع تقريرا بشأنه إلى الدورة القادمة.\n",
        want: One(&["الأمانة العامة"]) },
    Case { id: "f-yatlub-aside-before-actor", style: Formal, head: SC, adopted: D1,
        text: "1 - يطلب، على وجه الاستعجال، إلى الأمين العام أن يبقي المجلس على علم بأي انتهاك لوقف إطلاق النار؛\n",
        want: One(&["الأمين العام"]) },
    Case { id: "f-yatlub-tatweel-diacritics", style: Formal, head: LAS, adopted: D1,
        text: "1- يطـلـب إلى الأمِينِ العَامّ أن يُعِدَّ تقريراً شاملاً عن تنفيذ هذا القرار.\n",
        want: One(&["الأمين العام"]) },
    Case { id: "f-yatlub-hrc-high-commissioner", style: Formal, head: HRC, adopted: D1,
        text: "1 - يطلب إلى المفوض السامي أن يقدم إلى المجلس تحديثا شفويا عن الحالة في دورته المقبلة؛\n",
        want: One(&["المفوض السامي"]) },
    // ---- يدعو X إلى
    Case { id: "f-yadu-two-bodies", style: Formal, head: OIC, adopted: D1,
        text: "1- يدعو الدول الأعضاء والمؤسسات المالية الإسلامية إلى دعم برامج التنمية في الدول الأقل نموا.\n",
        want: One(&["الدول الأعضاء", "المؤسسات المالية الإسلامية"]) },
    Case { id: "f-tadu-all-states", style: Formal, head: GA, adopted: D2,
        text: "1 - تدعو جميع الدول إلى النظر في الانضمام إلى الاتفاقية على سبيل الأولوية؛\n",
        want: One(&["الدول"]) },
    Case { id: "f-yadu-government", style: Formal, head: SC, adopted: D1,
        text: "1 - يدعو حكومة جنوب السودان إلى الإسراع في تنفيذ الترتيبات الأمنية الانتقالية؛\n",
        want: One(&["جنوب السودان"]) },
    Case { id: "f-tadu-pronoun-suffix", style: Formal, head: GA, adopted: D2,
        text: "1 - ترحب بإنشاء الفريق العامل المعني بالمياه والصرف الصحي، وتدعوه إلى مواصلة عمله بالتعاون مع الوكالات المتخصصة؛\n",
        want: One(&["الفريق العامل"]) },
    Case { id: "f-yuda-passive-community", style: Formal, head: OIC, adopted: D1,
        text: "1- يُدعى المجتمع الدولي إلى تقديم الدعم اللازم للدول المضيفة للاجئين.\n",
        want: One(&["المجتمع الدولي"]) },
    // ---- يهيب بـ X أن / إلى
    Case { id: "f-tahib-member-states-an", style: Formal, head: GA, adopted: D2,
        text: "1 - تهيب بالدول الأعضاء أن تسدد اشتراكاتها المقررة كاملة وفي موعدها؛\n",
        want: One(&["الدول الأعضاء"]) },
    Case { id: "f-yahib-all-states-ila", style: Formal, head: SC, adopted: D1,
        text: "1 - يهيب بجميع الدول إلى التعاون التام مع المحكمة والمدعي العام؛\n",
        want: One(&["الدول"]) },
    Case { id: "f-yahib-two-bodies-ila", style: Formal, head: OIC, adopted: D1,
        text: "1- يهيب بالدول الأعضاء والمجتمع الدولي إلى تقديم المساعدة الإنسانية العاجلة للمتضررين من الفيضانات.\n",
        want: One(&["الدول الأعضاء", "المجتمع الدولي"]) },
    // ---- يحث X على
    Case { id: "f-yahuth-all-parties", style: Formal, head: SC, adopted: D1,
        text: "1 - يحث جميع الأطراف على الامتناع عن أي أعمال استفزازية من شأنها تصعيد التوتر؛\n",
        want: One(&["الأطراف"]) },
    Case { id: "f-tahuth-two-bodies", style: Formal, head: GA, adopted: D2,
        text: "1 - تحث الحكومات والمنظمات غير الحكومية على التعاون التام مع المقرر الخاص؛\n",
        want: One(&["الحكومات", "المنظمات غير الحكومية"]) },
    Case { id: "f-yahuth-pronoun-suffix", style: Formal, head: OIC, adopted: D1,
        text: "1- يشيد بجهود صندوق التضامن الإسلامي ويحثه على مواصلة دعم المشروعات الصغيرة في الدول الأعضاء.\n",
        want: One(&["صندوق التضامن الإسلامي"]) },
    Case { id: "f-yahuth-adverb-before-actor", style: Formal, head: LAS, adopted: D1,
        text: "1- يحث بقوة الدول الأعضاء على التصديق على الاتفاقية العربية لمكافحة الفساد.\n",
        want: One(&["الدول الأعضاء"]) },
    // ---- يناشد X
    Case { id: "f-yunashid-two-bodies", style: Formal, head: OIC, adopted: D1,
        text: "1- يناشد الدول الأعضاء والمؤسسات الخيرية الإسهام في إعادة إعمار المدارس المتضررة.\n",
        want: One(&["الدول الأعضاء", "المؤسسات الخيرية"]) },
    Case { id: "f-yunashid-all-states", style: Formal, head: LAS, adopted: D1,
        text: "1- يناشد جميع الدول عدم الاعتراف بأي تغيير يطرأ على الوضع القانوني للمدينة.\n",
        want: One(&["الدول"]) },
    // ---- يطالب X بـ
    Case { id: "f-yutalib-armed-groups", style: Formal, head: SC, adopted: D1,
        text: "1 - يطالب الجماعات المسلحة بالإفراج فورا ودون شروط عن جميع المختطفين؛\n",
        want: One(&["الجماعات المسلحة"]) },
    Case { id: "f-yutalib-two-bodies", style: Formal, head: LAS, adopted: D1,
        text: "1- يطالب المجتمع الدولي ومجلس الأمن بتحمل مسؤولياتهما في توفير الحماية للمدنيين.\n",
        want: One(&["المجتمع الدولي", "مجلس الأمن"]) },
    // ---- يكلف X بـ
    Case { id: "f-yukallif-two-bodies", style: Formal, head: LAS, adopted: D1,
        text: "1- يكلف الأمانة العامة والمنظمة العربية للتنمية الزراعية بإعداد برنامج طارئ للأمن الغذائي.\n",
        want: One(&["الأمانة العامة", "المنظمة العربية للتنمية الزراعية"]) },
    Case { id: "f-yukallif-pronoun-suffix", style: Formal, head: LAS, adopted: D1,
        text: "1- يرحب بتشكيل لجنة المتابعة الوزارية، ويكلفها بمتابعة تنفيذ خطة التحرك العربي.\n",
        want: One(&["لجنة المتابعة الوزارية"]) },
    Case { id: "f-tukallaf-passive", style: Formal, head: OIC, adopted: D1,
        text: "1- تُكلّف الأمانة العامة بإعداد تقرير عن تنفيذ هذا القرار وتقديمه إلى الدورة القادمة.\n",
        want: One(&["الأمانة العامة"]) },
    // ---- يقرر + verbal noun: an act given to X, or the body's own
    Case { id: "f-yuqarrir-taklif-council", style: Formal, head: LAS, adopted: D1,
        text: "1- يقرر تكليف المجلس الاقتصادي والاجتماعي بدراسة مقترح إنشاء منطقة تجارة حرة للخدمات.\n",
        want: One(&["المجلس الاقتصادي والاجتماعي"]) },
    Case { id: "f-yuqarrir-al-talab-ila", style: Formal, head: LAS, adopted: D1,
        text: "1- يقرر الطلب إلى الأمانة العامة إعداد دراسة عن أثر تغير المناخ على الأمن المائي العربي.\n",
        want: One(&["الأمانة العامة"]) },
    Case { id: "f-yuqarrir-dawa", style: Formal, head: OIC, adopted: D1,
        text: "1- يقرر دعوة الدول الأعضاء إلى المشاركة في المعرض التجاري للدول الإسلامية.\n",
        want: One(&["الدول الأعضاء"]) },
    Case { id: "f-yuqarrir-insha-own-act", style: Formal, head: SC, adopted: D1,
        text: "1 - يقرر إنشاء فريق عامل مخصص لاستعراض تدابير الجزاءات المفروضة بموجب هذا القرار؛\n",
        want: One(&["مجلس الأمن"]) },
    Case { id: "f-yuqarrir-aqd-own-session", style: Formal, head: LAS, adopted: D1,
        text: "1- يقرر عقد دورته العادية المقبلة في مقر الأمانة العامة بالقاهرة.\n",
        want: One(&["مجلس جامعة الدول العربية"]) },
    Case { id: "f-yuqarrir-insha-and-task", style: Formal, head: LAS, adopted: D1,
        text: "1- يقرر إنشاء لجنة وزارية مفتوحة العضوية، ويكلفها بإعداد تصور لتطوير منظومة العمل العربي المشترك.\n",
        want: Many(&[&["مجلس جامعة الدول العربية"], &["لجنة وزارية"]]) },
    Case { id: "f-yuqarrir-an-tatawalla", style: Formal, head: OIC, adopted: D1,
        text: "1- يقرر أن تتولى الأمانة العامة تنسيق مشاركة الدول الأعضاء في المنتدى.\n",
        want: One(&["الأمانة العامة"]) },
    Case { id: "f-decides-items-awwalan", style: Formal, head: LAS_DECIDES, adopted: D1,
        text: "أولاً: تكليف الأمانة العامة بمتابعة تنفيذ الاستراتيجية العربية للشباب.\n\nثانياً: دعوة الدول الأعضاء إلى موافاة الأمانة العامة بتقارير وطنية عن التنفيذ.\n",
        want: Many(&[&["الأمانة العامة"], &["الدول الأعضاء"]]) },
    Case { id: "f-decides-items-indic-digits", style: Formal, head: LAS_DECIDES, adopted: D1,
        text: "١- الطلب من الأمين العام متابعة الاتصالات مع الأطراف الدولية.\n\n٢- تكليف لجنة المندوبين الدائمين بإعداد مشروع جدول أعمال القمة.\n",
        want: Many(&[&["الأمين العام"], &["لجنة المندوبين الدائمين"]]) },
    // ---- يوصي
    Case { id: "f-yusi-council-bi", style: Formal, head: ESC, adopted: D1,
        text: "1- يوصي مجلس الجامعة على مستوى القمة باعتماد الاستراتيجية العربية للأمن المائي.\n",
        want: One(&["مجلس الجامعة"]) },
    Case { id: "f-tusi-member-states-bi-an", style: Formal, head: GA, adopted: D2,
        text: "1 - توصي الدول الأعضاء بأن تنظر في اعتماد تشريعات وطنية لحماية البيانات الشخصية؛\n",
        want: One(&["الدول الأعضاء"]) },
    Case { id: "f-yusi-bi-an-subject", style: Formal, head: OIC, adopted: D1,
        text: "1- يوصي بأن تعد الأمانة العامة خطة عمل عشرية للتعاون في مجال التعليم العالي.\n",
        want: One(&["الأمانة العامة"]) },
    // ---- يأذن لـ X
    Case { id: "f-yadhan-sg", style: Formal, head: LAS, adopted: D1,
        text: "1- يأذن للأمين العام بتوقيع مذكرة التفاهم مع مفوضية الاتحاد الأفريقي.\n",
        want: One(&["الأمين العام"]) },
    // ---- يفوض X
    Case { id: "f-yufawwid-sg", style: Formal, head: OIC, adopted: D1,
        text: "1- يفوض الأمين العام باتخاذ ما يلزم من إجراءات لعقد المؤتمر في موعده.\n",
        want: One(&["الأمين العام"]) },
    Case { id: "f-yufawwid-bureau-fi", style: Formal, head: LAS, adopted: D1,
        text: "1- يفوض المكتب التنفيذي في اعتماد الميزانية التفصيلية للبرنامج.\n",
        want: One(&["المكتب التنفيذي"]) },
    // ---- يوعز إلى X / يوجه X
    Case { id: "f-yuiz-ila-secretariat", style: Formal, head: LAS, adopted: D1,
        text: "1- يوعز إلى الأمانة العامة بمتابعة تنفيذ هذا القرار بالتنسيق مع الدول الأعضاء.\n",
        want: One(&["الأمانة العامة"]) },
    Case { id: "f-yuwajjih-secretariat-bi", style: Formal, head: LAS, adopted: D1,
        text: "1- يوجه الأمانة العامة بإعداد تقرير دوري عن تنفيذ الخطة.\n",
        want: One(&["الأمانة العامة"]) },
    Case { id: "f-yuwajjih-organs-ila", style: Formal, head: OIC, adopted: D1,
        text: "1- يوجه الأجهزة المتفرعة إلى تنسيق برامجها السنوية مع الأمانة العامة.\n",
        want: One(&["الأجهزة المتفرعة"]) },
    // ---- يشجع X على
    Case { id: "f-tushajji-member-states", style: Formal, head: GA, adopted: D2,
        text: "1 - تشجع الدول الأعضاء على تبادل أفضل الممارسات في مجال الحد من مخاطر الكوارث؛\n",
        want: One(&["الدول الأعضاء"]) },
    Case { id: "f-yushajji-private-sector", style: Formal, head: OIC, adopted: D1,
        text: "1- يشجع القطاع الخاص في الدول الأعضاء على الاستثمار في مشروعات الطاقة المتجددة.\n",
        want: One(&["القطاع الخاص"]) },
    // ---- يرجو من X / يلتمس من X
    Case { id: "f-tarju-min-sg", style: Formal, head: GA, adopted: D2,
        text: "1 - ترجو من الأمين العام أن يقدم إليها في دورتها المقبلة تقريرا عن تنفيذ هذا القرار؛\n",
        want: One(&["الأمين العام"]) },
    Case { id: "f-yarju-min-member-states", style: Formal, head: LAS, adopted: D1,
        text: "1- يرجو من الدول الأعضاء التي لم تسدد مساهماتها بعد أن تبادر إلى سدادها.\n",
        want: One(&["الدول الأعضاء"]) },
    Case { id: "f-yaltamis-min-member-states", style: Formal, head: OIC, adopted: D1,
        text: "1- يلتمس من الدول الأعضاء تقديم مقترحاتها إلى الأمانة العامة قبل انعقاد الدورة القادمة.\n",
        want: One(&["الدول الأعضاء"]) },
    // ---- يجدد دعوته / يكرر مطالبته
    Case { id: "f-tujaddid-dawataha-all-states", style: Formal, head: GA, adopted: D2,
        text: "1 - تجدد دعوتها إلى جميع الدول أن تصدق على الاتفاقية أو تنضم إليها؛\n",
        want: One(&["الدول"]) },
    Case { id: "f-yujaddid-dawatahu-lil", style: Formal, head: OIC, adopted: D1,
        text: "1- يجدد دعوته للدول الأعضاء إلى المشاركة الفاعلة في أعمال المنتدى الاقتصادي الإسلامي.\n",
        want: One(&["الدول الأعضاء"]) },
    Case { id: "f-yukarrir-mutalabatahu-community", style: Formal, head: LAS, adopted: D1,
        text: "1- يكرر مطالبته المجتمع الدولي بإلزام إسرائيل بوقف جميع الأنشطة الاستيطانية.\n",
        want: One(&["المجتمع الدولي"]) },
    Case { id: "f-yukarrir-mutalabatahu-all-parties", style: Formal, head: SC, adopted: D1,
        text: "1 - يكرر مطالبته جميع الأطراف بالوقف الفوري للأعمال العدائية؛\n",
        want: One(&["الأطراف"]) },
    // ---- يعهد إلى X بـ
    Case { id: "f-taahad-ila-committee", style: Formal, head: GA, adopted: D2,
        text: "1 - تعهد إلى اللجنة الثالثة بالنظر في هذا البند في دورتها المقبلة؛\n",
        want: One(&["اللجنة الثالثة"]) },
    Case { id: "f-yaahad-ila-named-committee", style: Formal, head: LAS, adopted: D1,
        text: "1- يعهد إلى لجنة مبادرة السلام العربية بمتابعة الاتصالات مع الأطراف الدولية المؤثرة.\n",
        want: One(&["لجنة مبادرة السلام العربية"]) },
    // ---- two verbs in one paragraph
    Case { id: "f-two-verbs-yatlub-yadu", style: Formal, head: SC, adopted: D1,
        text: "1 - يطلب إلى الأمين العام أن يقدم تقريرا عن الحالة، ويدعو الدول الأعضاء إلى تقديم الدعم اللوجستي للبعثة؛\n",
        want: Many(&[&["الأمين العام"], &["الدول الأعضاء"]]) },
    Case { id: "f-two-verbs-yahuth-yatlub", style: Formal, head: OIC, adopted: D1,
        text: "1- يحث الدول الأعضاء على الانضمام إلى الاتفاقية، ويطلب من الأمين العام متابعة حالة التصديقات.\n",
        want: Many(&[&["الدول الأعضاء"], &["الأمين العام"]]) },
    // ---- Formal near misses: nobody is asked
    Case { id: "f-near-welcomes-request", style: Formal, head: SC, adopted: D1,
        text: "1 - يرحب بطلب حكومة الصومال تمديد ولاية البعثة لفترة إضافية؛\n",
        want: Nothing },
    Case { id: "f-near-recalls-it-requested", style: Formal, head: LAS, adopted: D1,
        text: "1- يشير إلى أنه طلب من الأمانة العامة في دورته السابقة إعداد دراسة عن المسألة.\n",
        want: Nothing },
    Case { id: "f-near-takes-note-of-call", style: Formal, head: SC, adopted: D1,
        text: "1 - يحيط علما بدعوة الأمين العام إلى عقد مؤتمر دولي للسلام؛\n",
        want: Nothing },
    Case { id: "f-near-commends-efforts", style: Formal, head: OIC, adopted: D1,
        text: "1- يثني على جهود الأمانة العامة في تنظيم الاجتماع التحضيري.\n",
        want: Nothing },
    Case { id: "f-near-appreciation-to", style: Formal, head: LAS, adopted: D1,
        text: "1- يعرب عن تقديره للدول الأعضاء التي سددت مساهماتها في موازنة الأمانة العامة.\n",
        want: Nothing },
    Case { id: "f-near-keeps-under-consideration", style: Formal, head: SC, adopted: D1,
        text: "١ - يقرر إبقاء المسألة قيد نظره.\n",
        want: Nothing },
    Case { id: "f-near-preambular-yadu", style: Formal, head: SC, adopted: D1,
        text: "وإذ يدعو جميع الأطراف إلى ممارسة أقصى درجات ضبط النفس،\n\n1 - يرحب بالتقدم المحرز في المحادثات الجارية؛\n",
        want: Nothing },
    Case { id: "f-near-preambular-tatlub", style: Formal, head: GA, adopted: D2,
        text: "وإذ تطلب إلى الدول أن تحترم التزاماتها بموجب القانون الدولي،\n\n1 - تؤكد من جديد التزامها بوحدة البلد وسلامته الإقليمية؛\n",
        want: Nothing },
    Case { id: "f-near-description-who-called", style: Formal, head: SC, adopted: D1,
        text: "1 - يرحب بالبيان الصادر عن مجلس السلم والأمن الذي دعا الأطراف إلى وقف القتال؛\n",
        want: Nothing },
    Case { id: "f-near-necessity-no-doer", style: Formal, head: OIC, adopted: D1,
        text: "1- يؤكد على ضرورة تعزيز التعاون بين الدول الأعضاء في مجال مكافحة الإرهاب.\n",
        want: Nothing },
    Case { id: "f-near-importance", style: Formal, head: OIC, adopted: D1,
        text: "1- يؤكد أهمية دور المرأة في تحقيق التنمية المستدامة في الدول الأعضاء.\n",
        want: Nothing },
    Case { id: "f-near-thanks-yuwajjih-al-shukr", style: Formal, head: LAS, adopted: D1,
        text: "1- يوجه الشكر إلى حكومة المملكة المغربية على استضافة الاجتماع.\n",
        want: Nothing },

    // ---- News: طلب
    Case { id: "n-talaba-min-sg", style: News, head: N_LAS, adopted: D1,
        text: "وطلب المجلس من الأمين العام متابعة الاتصالات مع الأطراف المعنية وتقديم تقرير إلى الدورة المقبلة.\n",
        want: One(&["الأمين العام"]) },
    Case { id: "n-kama-talaba-two-bodies", style: News, head: N_OIC, adopted: D1,
        text: "كما طلب المجلس من الأمانة العامة والبنك الإسلامي للتنمية إعداد خطة لدعم الدول الأقل نموا.\n",
        want: One(&["الأمانة العامة", "البنك الإسلامي للتنمية"]) },
    Case { id: "n-tuliba-passive", style: News, head: N_LAS, adopted: D1,
        text: "وطُلب من الأمانة العامة إعداد تقرير عن الاحتياجات الإنسانية في المناطق المتضررة.\n",
        want: One(&["الأمانة العامة"]) },
    // ---- دعا
    Case { id: "n-daa-all-states", style: News, head: FINAL, adopted: D1,
        text: "ودعا الاجتماع جميع الدول إلى الامتناع عن تزويد أطراف النزاع بالسلاح.\n",
        want: One(&["الدول"]) },
    Case { id: "n-kama-daa-member-states", style: News, head: N_OIC, adopted: D1,
        text: "كما دعا المجلس الدول الأعضاء إلى تقديم الدعم لوكالة بيت مال القدس.\n",
        want: One(&["الدول الأعضاء"]) },
    Case { id: "n-daat-two-bodies", style: News, head: N_SUMMIT, adopted: D1,
        text: "ودعت القمة الأمم المتحدة والاتحاد الأفريقي إلى تنسيق جهودهما لإنهاء النزاع.\n",
        want: One(&["الأمم المتحدة", "الاتحاد الأفريقي"]) },
    Case { id: "n-daw-ministers-prior-sentence", style: News, head: N_MIN, adopted: D1,
        text: "ودعوا المجتمع الدولي إلى تحمل مسؤولياته تجاه اللاجئين والنازحين.\n",
        want: One(&["المجتمع الدولي"]) },
    Case { id: "n-subject-first-idh-yadu", style: News, head: N_LAS, adopted: D1,
        text: "والمجلس إذ يرحب بتوقيع الاتفاق، يدعو الأطراف إلى تنفيذه بحسن نية.\n",
        want: One(&["الأطراف"]) },
    Case { id: "n-duiyat-passive", style: News, head: N_OIC, adopted: D1,
        text: "ودُعيت الدول الأعضاء إلى سداد مساهماتها المتأخرة في ميزانية المنظمة.\n",
        want: One(&["الدول الأعضاء"]) },
    Case { id: "n-daa-aside", style: News, head: N_AU, adopted: D1,
        text: "ودعا المجلس، في هذا السياق، الأطراف السودانية إلى العودة إلى طاولة المفاوضات.\n",
        want: One(&["الأطراف السودانية"]) },
    Case { id: "n-daa-diacritics", style: News, head: N_OIC, adopted: D1,
        text: "ودَعَا المَجْلِسُ الدُّوَلَ الأَعْضَاءَ إِلَى دَعْمِ صُنْدُوقِ التَّضَامُنِ.\n",
        want: One(&["الدول الأعضاء"]) },
    Case { id: "n-nadu-first-person", style: News, head: FINAL, adopted: D1,
        text: "ندعو المجتمع الدولي إلى دعم جهود إعادة الإعمار في المناطق المتضررة.\n",
        want: One(&["المجتمع الدولي"]) },
    // ---- حث
    Case { id: "n-hath-government", style: News, head: N_AU, adopted: D1,
        text: "وحث المجلس الحكومة الانتقالية على الإسراع في إعداد جدول زمني للانتخابات.\n",
        want: One(&["الحكومة الانتقالية"]) },
    Case { id: "n-kama-hath-conference-two-bodies", style: News, head: N_CONF, adopted: D1,
        text: "كما حث المؤتمر الدول الأعضاء والمؤسسات المالية على زيادة الاستثمار في الطاقة النظيفة.\n",
        want: One(&["الدول الأعضاء", "المؤسسات المالية"]) },
    Case { id: "n-hathu-ministers-prior-sentence", style: News, head: N_MIN, adopted: D1,
        text: "وعقد الوزراء جلسة مغلقة ناقشوا خلالها مستجدات الأزمة الليبية.\n\nوحثوا الأطراف الليبية على استئناف الحوار برعاية الأمم المتحدة.\n",
        want: One(&["الأطراف الليبية"]) },
    // ---- ناشد
    Case { id: "n-nashada-orgs", style: News, head: N_LAS, adopted: D1,
        text: "وناشد المجلس المنظمات الدولية تقديم المساعدات الإنسانية العاجلة للنازحين.\n",
        want: One(&["المنظمات الدولية"]) },
    Case { id: "n-nashadu-ministers", style: News, head: N_MIN, adopted: D1,
        text: "وناشدوا الدول المانحة الوفاء بتعهداتها التي أعلنتها في مؤتمر إعادة الإعمار.\n",
        want: One(&["الدول المانحة"]) },
    // ---- طالب
    Case { id: "n-talaba-occupation", style: News, head: N_LAS, adopted: D1,
        text: "وطالب المجلس سلطات الاحتلال بالإفراج الفوري عن جميع الأسرى.\n",
        want: One(&["سلطات الاحتلال"]) },
    Case { id: "n-talaba-ministers-state", style: News, head: N_MIN, adopted: D1,
        text: "وطالب الوزراء إيران بالكف عن التدخل في الشؤون الداخلية لدول المنطقة.\n",
        want: One(&["إيران"]) },
    Case { id: "n-kama-talaba-conference", style: News, head: N_CONF, adopted: D1,
        text: "كما طالب المؤتمر الدول الصناعية بالوفاء بالتزاماتها في تمويل العمل المناخي.\n",
        want: One(&["الدول الصناعية"]) },
    Case { id: "n-talaba-tatweel", style: News, head: N_LAS, adopted: D1,
        text: "وطـالـب المجلس المجتمع الدولي بتوفير الحماية للشعب الفلسطيني.\n",
        want: One(&["المجتمع الدولي"]) },
    Case { id: "n-talaba-aside", style: News, head: N_MIN, adopted: D1,
        text: "وطالب الوزراء، في ختام اجتماعهم، مجلس الأمن بتحمل مسؤولياته في حفظ السلم والأمن.\n",
        want: One(&["مجلس الأمن"]) },
    Case { id: "n-reported-inna-yutalib", style: News, head: N_AU, adopted: D1,
        text: "وقال البيان إن المجلس يطالب جميع الأطراف بالالتزام بالهدنة الإنسانية.\n",
        want: One(&["الأطراف"]) },
    // ---- كلف
    Case { id: "n-kallafa-committee", style: News, head: N_LAS, adopted: D1,
        text: "وكلف المجلس لجنة المندوبين الدائمين بمتابعة تنفيذ القرار ورفع تقرير بشأنه.\n",
        want: One(&["لجنة المندوبين الدائمين"]) },
    Case { id: "n-kallafuhu-pronoun", style: News, head: N_MIN, adopted: D1,
        text: "ورحب الوزراء بتشكيل فريق الاتصال الوزاري وكلفوه بإجراء مشاورات مع الأطراف.\n",
        want: One(&["فريق الاتصال الوزاري"]) },
    Case { id: "n-kullifat-passive", style: News, head: N_OIC, adopted: D1,
        text: "وكُلفت لجنة الصياغة بإعداد مشروع البيان الختامي.\n",
        want: One(&["لجنة الصياغة"]) },
    Case { id: "n-nukallif-first-person", style: News, head: FINAL, adopted: D1,
        text: "ونكلف الأمانة العامة بمتابعة تنفيذ ما ورد في هذا الإعلان.\n",
        want: One(&["الأمانة العامة"]) },
    // ---- قرر: the body's own act, or an act given to X
    Case { id: "n-qarrara-own-session", style: News, head: N_LAS, adopted: D1,
        text: "وقرر المجلس عقد دورته المقبلة في الرياض.\n",
        want: One(&["مجلس جامعة الدول العربية"]) },
    Case { id: "n-qarrara-taklif", style: News, head: N_OIC, adopted: D1,
        text: "وقرر المجلس تكليف الأمين العام بتعيين مبعوث خاص إلى منطقة الساحل.\n",
        want: One(&["الأمين العام"]) },
    Case { id: "n-qarrara-insha-own", style: News, head: N_AU, adopted: D1,
        text: "وقرر المجلس إنشاء لجنة رفيعة المستوى لمتابعة عملية السلام.\n",
        want: One(&["مجلس السلم والأمن"]) },
    Case { id: "n-qarrarat-dawa", style: News, head: N_SUMMIT, adopted: D1,
        text: "وقررت القمة دعوة الدول الأعضاء إلى المساهمة في صندوق دعم القدس.\n",
        want: One(&["الدول الأعضاء"]) },
    // ---- أوصى
    Case { id: "n-awsa-bi-an", style: News, head: N_EXPERTS, adopted: D1,
        text: "وأوصى الاجتماع بأن تعد الأمانة العامة دليلا إرشاديا للدول الأعضاء.\n",
        want: One(&["الأمانة العامة"]) },
    Case { id: "n-awsa-x-bi", style: News, head: N_EXPERTS, adopted: D1,
        text: "وأوصى المشاركون الحكومات العربية باعتماد سياسات وطنية للتكيف مع تغير المناخ.\n",
        want: One(&["الحكومات العربية"]) },
    // ---- وجّه / أوعز / فوّض
    Case { id: "n-wajjaha-shadda", style: News, head: N_GCC, adopted: D1,
        text: "ووجّه المجلس الأعلى الأمانة العامة بالإسراع في استكمال متطلبات السوق الخليجية المشتركة.\n",
        want: One(&["الأمانة العامة"]) },
    Case { id: "n-kama-wajjaha-leaders-ila", style: News, head: N_GCC, adopted: D1,
        text: "كما وجه القادة الوزراء المعنيين إلى وضع آليات لتنفيذ مشروع السكك الحديدية.\n",
        want: One(&["الوزراء"]) },
    Case { id: "n-awaza-ila", style: News, head: N_GCC, adopted: D1,
        text: "وأوعز المجلس إلى اللجان الفنية بإعداد مشاريع الاتفاقيات اللازمة.\n",
        want: One(&["اللجان الفنية"]) },
    Case { id: "n-fawwada-shadda", style: News, head: N_LAS, adopted: D1,
        text: "وفوّض المجلس رئاسة الدورة الحالية بإجراء الاتصالات اللازمة مع الأطراف الدولية.\n",
        want: One(&["رئاسة الدورة"]) },
    Case { id: "n-kama-fawwada-sg", style: News, head: N_OIC, adopted: D1,
        text: "كما فوض المجلس الأمين العام في التوقيع على الاتفاقية نيابة عن المنظمة.\n",
        want: One(&["الأمين العام"]) },
    // ---- a necessity that names its doer
    Case { id: "n-necessity-with-doer", style: News, head: N_SUMMIT, adopted: D1,
        text: "وأكد البيان الختامي على ضرورة قيام الدول الأعضاء بتفعيل اتفاقية الدفاع المشترك.\n",
        want: One(&["الدول الأعضاء"]) },
    // ---- two verbs; a numbered communiqué
    Case { id: "n-two-verbs-daa-talaba", style: News, head: N_AU, adopted: D1,
        text: "ودعا المجلس الأطراف إلى ضبط النفس، وطلب من المبعوث الخاص مواصلة مساعيه.\n",
        want: Many(&[&["الأطراف"], &["المبعوث الخاص"]]) },
    Case { id: "n-numbered-communique", style: News, head: FINAL, adopted: D1,
        text: "1- دعا الاجتماع الدول الأعضاء إلى تبادل المعلومات بشأن المقاتلين الأجانب.\n\n2- كلف الاجتماع الأمانة العامة بإعداد قاعدة بيانات مشتركة.\n",
        want: Many(&[&["الدول الأعضاء"], &["الأمانة العامة"]]) },
    Case { id: "n-wa-yadu-present", style: News, head: N_SUMMIT, adopted: D1,
        text: "ويدعو الإعلان الدول العربية إلى تعزيز التكامل الاقتصادي فيما بينها.\n",
        want: One(&["الدول العربية"]) },
    // ---- more past forms: أهاب، شجع، جدد دعوته، كرر مطالبته، عهد، أذن، "كلا من"
    Case { id: "n-ahaba-bi", style: News, head: N_LAS, adopted: D1,
        text: "وأهاب المجلس بالدول الأعضاء الإسراع في سداد مساهماتها المتأخرة.\n",
        want: One(&["الدول الأعضاء"]) },
    Case { id: "n-talabat-pronoun-suffix", style: News, head: N_SUMMIT, adopted: D1,
        text: "وأشادت القمة بدور لجنة الوساطة وطلبت منها مواصلة جهودها مع الأطراف.\n",
        want: One(&["لجنة الوساطة"]) },
    Case { id: "n-shajjaa-private-sector", style: News, head: N_MIN, adopted: D1,
        text: "وشجع الوزراء القطاع الخاص على الاستثمار في مشروعات البنية التحتية.\n",
        want: One(&["القطاع الخاص"]) },
    Case { id: "n-jaddada-dawatahu", style: News, head: N_LAS, adopted: D1,
        text: "وجدد المجلس دعوته للمجتمع الدولي إلى دعم وكالة غوث وتشغيل اللاجئين.\n",
        want: One(&["المجتمع الدولي"]) },
    Case { id: "n-karrara-mutalabatahum", style: News, head: N_MIN, adopted: D1,
        text: "وكرر الوزراء مطالبتهم مجلس الأمن بإصدار قرار ملزم بوقف إطلاق النار.\n",
        want: One(&["مجلس الأمن"]) },
    Case { id: "n-ahida-ila", style: News, head: N_OIC, adopted: D1,
        text: "وعهد المجلس إلى الأمانة العامة بتنظيم المنتدى الأول للشباب.\n",
        want: One(&["الأمانة العامة"]) },
    Case { id: "n-adhina-li", style: News, head: N_LAS, adopted: D1,
        text: "وأذن المجلس للأمين العام بتعيين مبعوث خاص لشؤون الإغاثة.\n",
        want: One(&["الأمين العام"]) },
    Case { id: "n-daa-kullan-min", style: News, head: N_AU, adopted: D1,
        text: "ودعا المجلس كلا من الحكومة الانتقالية والحركات المسلحة إلى الالتزام باتفاق السلام.\n",
        want: One(&["الحكومة الانتقالية", "الحركات المسلحة"]) },
    Case { id: "n-near-reminded-it-called", style: News, head: N_LAS, adopted: D1,
        text: "وذكّر المجلس بأنه دعا الأطراف في دورته السابقة إلى وقف التصعيد.\n",
        want: Nothing },
    // ---- News near misses: nobody is asked
    Case { id: "n-near-welcomed-request", style: News, head: N_LAS, adopted: D1,
        text: "ورحب المجلس بطلب الحكومة اليمنية تقديم الدعم الفني للجنة الانتخابات.\n",
        want: Nothing },
    Case { id: "n-near-recalled-request", style: News, head: N_LAS, adopted: D1,
        text: "وأشار البيان إلى أن المجلس كان قد طلب من الأمانة العامة في دورته السابقة إعداد دراسة عن المسألة.\n",
        want: Nothing },
    Case { id: "n-near-took-note-of-call", style: News, head: N_OIC, adopted: D1,
        text: "وأحاط المجلس علما بدعوة الأمين العام إلى عقد مؤتمر دولي للسلام.\n",
        want: Nothing },
    Case { id: "n-near-praised-efforts", style: News, head: N_MIN, adopted: D1,
        text: "وأثنى الوزراء على جهود المملكة العربية السعودية في دعم الحوار بين الأطراف.\n",
        want: Nothing },
    Case { id: "n-near-appreciation", style: News, head: N_LAS, adopted: D1,
        text: "وأعرب المجلس عن تقديره لجمهورية مصر العربية على استضافتها الاجتماع.\n",
        want: Nothing },
    Case { id: "n-near-necessity", style: News, head: N_LAS, adopted: D1,
        text: "وأكد المجلس على ضرورة تعزيز التنسيق بين الدول الأعضاء في مواجهة الأزمات.\n",
        want: Nothing },
    Case { id: "n-near-importance", style: News, head: N_SUMMIT, adopted: D1,
        text: "وأكد البيان الختامي أهمية تعزيز العمل العربي المشترك.\n",
        want: Nothing },
    Case { id: "n-near-keeps-under-consideration", style: News, head: N_AU, adopted: D1,
        text: "وقرر المجلس إبقاء المسألة قيد نظره.\n",
        want: Nothing },
    Case { id: "n-near-description-who-called", style: News, head: N_LAS, adopted: D1,
        text: "ورحب المجلس بالبيان الصادر عن الاتحاد الأفريقي الذي دعا الأطراف إلى وقف القتال.\n",
        want: Nothing },
    Case { id: "n-near-invited-to-attend", style: News, head: N_OIC, adopted: D1,
        text: "ودُعي وزراء الخارجية إلى حضور الجلسة الافتتاحية للمؤتمر.\n",
        want: Nothing },
    Case { id: "n-near-speaker-own-call", style: News, head: N_MIN, adopted: D1,
        text: "وخلال الجلسة الافتتاحية، طالب وزير خارجية العراق المجتمع الدولي بدعم جهود مكافحة الإرهاب.\n",
        want: Nothing },
    Case { id: "n-near-thanks", style: News, head: N_CONF, adopted: D1,
        text: "ووجه المشاركون الشكر إلى المملكة المغربية على حسن الاستقبال.\n",
        want: Nothing },
];

/// Known misses: cases of the grid the rules do not meet yet, each with why. Not counted
/// as passing: `cargo test -p oic-draft grid_ask_ar_known_misses -- --ignored --nocapture`
/// runs them.
#[rustfmt::skip]
pub(crate) const KNOWN_MISSES: &[Case] = &[
    // A participle qualifier with its complement is kept in the name ("الدول الأعضاء
    // المشاركة في العملية البحرية", four words past the key, so the scorer's three-word rule
    // judges it wrong). Not cut by rule: the annotations keep such a qualifier in some keys
    // ("Member States wishing to host ...") and the English sets leave "active in the
    // struggle ..." the same way, so where a participle ends a name is not settled.
    Case { id: "f-yadhan-member-states", style: Formal, head: SC, adopted: D1,
        text: "1 - يأذن للدول الأعضاء المشاركة في العملية البحرية باتخاذ جميع التدابير اللازمة لمنع أعمال القرصنة؛\n",
        want: One(&["الدول الأعضاء"]) },
];

impl GridCase for Case {
    fn id(&self) -> &str {
        self.id
    }
    fn want(&self) -> String {
        match &self.want {
            Nothing => "nothing".into(),
            One(k) => bracket(k),
            Many(s) => shown(s),
        }
    }
    fn judge(&self) -> (bool, Vec<String>) {
        let drafted = actor_names(&draft_case(self.head, self.text, self.adopted));
        let ok = match &self.want {
            Nothing => drafted.is_empty(),
            One(keys) => pair_off(&[keys], &drafted),
            Many(sets) => pair_off(sets, &drafted),
        };
        (ok, drafted.iter().map(|a| bracket(a)).collect())
    }
}

/// Runs the cases style by style (see `tests_grid_common::run_parts`).
fn run(grid: &str, cases: &[Case]) -> Vec<(usize, usize)> {
    let style = |c: &Case| match c.style {
        Formal => "formal",
        News => "news",
    };
    run_parts(grid, &["formal", "news"], style, cases)
}

#[test]
fn grid_ask_ar() {
    assert_whole("grid ask ar", &run("grid ask ar", GRID));
}

#[test]
#[ignore = "known misses: the rules do not meet them yet"]
fn grid_ask_ar_known_misses() {
    let grid = "grid ask ar known misses";
    assert_whole(grid, &run(grid, KNOWN_MISSES));
}

#[test]
fn grid_ask_ar_is_large_enough() {
    let all = || GRID.iter().chain(KNOWN_MISSES);
    let formal = all().filter(|c| c.style == Formal).count();
    let news = all().filter(|c| c.style == News).count();
    assert!(formal + news >= 100, "{}", formal + news);
    assert!(formal >= 50 && news >= 50, "{formal} formal, {news} news");
    let mut ids: Vec<&str> = all().map(|c| c.id).collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "case ids are unique");
}
