//! One composed text per kind the fix round on `un45` (helper `hen29`) fixed: a wrapped
//! preamble line "whereby X were urged to ..." (an earlier text's passive request);
//! sub-bullets nested in a bullet of "decided as follows:". None is a sentence of a real
//! text.

use crate::tests::real_kinds::brief;

#[test]
fn a_whereby_line_of_a_preamble_reports_a_passive_request() {
    let text = "RECALLING the Code on the Care of Orchards and for Pest Control (Orchard Care\nCode) adopted by the\nAssembly by resolution O.12(4),\nwhereby Governments were strongly urged to bring the Orchard Care Code into use at home without delay\nbut not later than 1 June 2030, pending the rules on small orchards,\nNOTING that the Code is not yet applied to small orchards,\n1. STRONGLY URGES Governments to apply as\nfar as practicable the Code to small orchards;\n";
    assert_eq!(brief(text, "2031-05-02"), ["¶1 Governments"]);
}

#[test]
fn sub_bullets_nested_in_a_bullet_of_decided_as_follows_ask_the_new_body() {
    let text = "Decision of the 2031 Orchard Assembly\n\nThe Orchard Assembly, held from 2 to 9 May 2031, reviewed the talks of the Pest Panel and decided as follows:\n\n  \u{2022} To adopt the proposals in Annex A.\n  \u{2022} To establish a Committee on Orchard Pests to:\n    \u{2022} draw up a work plan for the proposals adopted;\n    \u{2022} monitor and report on the pests of the orchards;\n    \u{2022} discuss pest questions as agreed by the Committee.\n  \u{2022} The Committee will be composed of the members of the Assembly.\n";
    let got = brief(text, "2031-05-09");
    assert_eq!(
        got,
        [
            "¶2 Orchard Assembly",
            "¶2 Committee on Orchard Pests",
            "¶2 Committee on Orchard Pests",
            "¶2 Committee on Orchard Pests"
        ],
        "{got:?}"
    );
}

#[test]
fn a_that_clause_cut_at_its_modal_asks_nobody() {
    let text = "The Orchard Conference,\n\n1. Requests the Keeper to count the trees;\n\n2. Also decides that the funds for the care of orchards in growing regions shou";
    assert_eq!(brief(text, "2031-05-02"), ["¶1 Keeper"]);
}
