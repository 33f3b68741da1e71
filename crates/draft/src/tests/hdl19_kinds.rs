//! One composed text per kind helper `hdl19` fixed after the blind round un68 (Security
//! Council renewals and Human Rights Council accounts): a lettered item's "To extend the
//! mandate" under "Decides:", a call with "once again" inside its phrasal verb, a renewal
//! "until" a day whose month is abbreviated, one report due at two bodies' sessions, a
//! happening's "began on" day, and a passive request the text stops at. None is a sentence
//! of a real text.

use crate::tests::real_kinds::brief;

/// "Decides:" + "(b) To extend the mandate of X ...": the body's renewal, as "(b) To renew"
/// and "Decides to extend" are, in a text that numbers no paragraph too.
#[test]
fn a_lettered_extension_under_decides_is_the_bodys_own() {
    let text = "The Orchard Council,\n\nDecides:\n(a) To ask the growers to plant the seeds at once;\n(b) To extend the mandate of the Orchard Watch for a further period of six months, until 30 September 2039;\n(c) To request the Keeper to present, at the end of this period, its count of the seeds.\n";
    assert_eq!(
        brief(text, "2039-03-20"),
        [
            "¶2 Growers",
            "¶2 Orchard Council",
            "¶2 Keeper due=2039-09-30"
        ]
    );
}

/// "To call once again upon X to ...": the adverb sits inside the phrasal verb; X is asked.
#[test]
fn a_call_once_again_upon_asks_its_addressee() {
    let text = "The Orchard Council,\n\nDecides:\n(a) To call once again upon the growers to plant the seeds at once;\n(b) To request the Keeper to count the seeds.\n";
    assert_eq!(brief(text, "2039-03-20"), ["¶2 Growers", "¶2 Keeper"]);
}

/// "until 30 Sept. 2039": an abbreviated month with its full stop still dates the renewal's
/// end, which a request "at the end of this period" is due on.
#[test]
fn a_renewal_until_an_abbreviated_month_dates_the_period_end() {
    let text = "The Orchard Council,\n\n1. Decides to extend the mandate of the Orchard Watch for a further period of six months until 30 Sept. 2039;\n\n2. Requests the Keeper to present, at the end of this period, its count of the seeds.\n";
    assert_eq!(
        brief(text, "2039-03-20"),
        ["¶1 Orchard Council", "¶2 Keeper due=2039-09-30"]
    );
}

/// "to submit a report to the Council at its Nth session and to the General Assembly at its
/// Mth session": one report for two bodies, first due at the session that meets first.
#[test]
fn one_report_for_two_sessions_is_due_at_the_sooner() {
    let text = "The Human Rights Council today adopted five texts on orchards. The Council requested the Keeper to submit a report on the seeds to the Council at its 103rd session and to the General Assembly at its 94th session.";
    assert_eq!(brief(text, "2039-03-20"), ["¶1 Keeper due=at 2039-09"]);
}

/// "the storms that began on D": when a happening set in, no deadline of the renewal.
#[test]
fn a_day_something_began_on_is_no_deadline() {
    let text = "The Human Rights Council today adopted five texts on orchards. The Council then decided to extend the Orchard Watch's mandate for one year, so that the harm done by the storms that began on 3 May 2038, is fully recorded.";
    assert_eq!(brief(text, "2037-03-20"), ["¶1 Human Rights Council"]);
}

/// "The Watch is requested" where the text stops: a passive that asks no act.
#[test]
fn a_passive_request_cut_before_its_act_asks_nothing() {
    let text = "The Human Rights Council today adopted five texts on orchards. The Council then decided to extend the Orchard Watch's mandate for one year. The Watch is requested";
    assert_eq!(brief(text, "2039-03-20"), ["¶1 Human Rights Council"]);
    // With its act, the passive still asks the Watch.
    let whole = "The Human Rights Council today adopted five texts on orchards. The Council then decided to extend the Orchard Watch's mandate for one year. The Watch is requested to count the trees.";
    assert_eq!(
        brief(whole, "2039-03-20"),
        ["¶1 Human Rights Council", "¶1 Watch"]
    );
}
