//! A number alone on its line (a document site's page mark, "(1)") numbers no paragraph, in
//! every language: the rule met first in French (round res34) holds for what any site prints.

use crate::tests::real_kinds::brief;

#[test]
fn an_english_page_mark_alone_numbers_no_paragraph() {
    let text = "Full text\n\n(1)\n\nThe Assembly of Orchards,\n\nRecalling its resolution on hedges,\n\nREQUESTS the Director-General to plant hedges along the orchards.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶5 Director-General"]);
}

#[test]
fn an_arabic_page_mark_alone_numbers_no_paragraph() {
    let text = "النص الكامل\n\n(1)\n\nإن جمعية البساتين،\n\nإذ تشير إلى قرارها بشأن السياجات،\n\nتطلب إلى المدير العام أن يزرع السياجات حول البساتين.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶5 المدير العام"]);
}

#[test]
fn an_english_numbered_text_stays_numbered() {
    let text = "The Assembly of Orchards,\n\n1. Decides to plant hedges;\n\n2. Requests the Bureau to report.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶1 Assembly of Orchards", "¶2 Bureau"]
    );
}
