//! One composed text per kind the fix round on `held35` (helper `hen23`) fixed: a titled
//! person reporting the council's own directive, a press release's bracketed dateline
//! before the sentence that names the body, a gathering needed "to discuss ...", and two
//! capitalised gerunds inside a committee's name. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_titled_person_reporting_the_council_s_directive_speaks_for_the_council() {
    let text = TITLED_REPORTS_COUNCIL;
    assert_eq!(brief(text, "2037-05-03"), ["¶1 Secretariat", "¶2 Board"]);
}

#[test]
fn a_bracketed_dateline_does_not_hide_the_body_named_after_it() {
    let text = BRACKETED_DATELINE;
    assert_eq!(
        brief(text, "2037-05-03"),
        ["¶3 Conference of Heads of Government of the Orchard Community (ORCOM)"]
    );
}

#[test]
fn a_gathering_needed_to_discuss_something_names_no_doer() {
    let text = GATHERING_NEEDED;
    assert_eq!(
        brief(text, "2037-05-03"),
        ["¶1 All States", "¶2 ORCOM | VALCOM"]
    );
}

#[test]
fn two_capitalised_gerunds_after_a_name_s_for_are_one_name() {
    let text = GERUNDS_IN_NAME;
    assert_eq!(
        brief(text, "2037-05-03"),
        [
            "¶1 Standing Committee for Planning and Monitoring the Implementation of the Orchard Protocol"
        ]
    );
}

const TITLED_REPORTS_COUNCIL: &str = "Mr Oduya said the council also instructed the Secretariat to draw up a staffing plan for the orchards.\nMr Oduya, who also chairs the Board, said the Ministers further directed the Board to review the seed levy.\nMr Oduya urged the growers to plant early.\n";

const BRACKETED_DATELINE: &str = "May 4, 2037\n\n\n (ORCOM Secretariat, May 4, 2037) The Ninth Meeting of the Conference of Heads of Government of the Orchard Community (ORCOM) was held in Eastport on 2-3 May 2037.\n\nHeads of Government discussed the late frosts and agreed to issue the attached statement.\n";

const GATHERING_NEEDED: &str = "The summit also stressed the need for a joint meeting between ORCOM and VALCOM to settle the water rota.\n\nThe summit underscored the need for cooperation between ORCOM and VALCOM to share the water.\n";

const GERUNDS_IN_NAME: &str = "The Council directed the Standing Committee for Planning and Monitoring the Implementation of the Orchard Protocol to keep the frost reports under review.\n";
