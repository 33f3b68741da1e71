//! One composed text per kind helper `hdl16` fixed (un65's misses, General Assembly texts
//! told by a press release): a past act told after an opening "Last <month>," is an earlier
//! text's, recounted, not asked again; two long titles joined by "and the" are two actors.
//! None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_past_act_told_after_last_month_is_recounted() {
    let text = "ORCHARD NEWS\n\nLast March, the Orchard Assembly decided to hold a fair of growers in the valley.\n\nThe Orchard Assembly today requested the Chief Keeper to open the fair.\n";
    assert_eq!(brief(text, "2031-04-22"), ["¶3 Chief Keeper"]);
    // "Last," alone closes a list: what follows is asked now.
    let last = "ORCHARD NEWS\n\nLast, the Orchard Assembly requested the Chief Keeper to count the trees.\n";
    assert_eq!(brief(last, "2031-04-22"), ["¶2 Chief Keeper"]);
}

#[test]
fn two_long_titles_joined_by_and_the_are_two_actors() {
    let text = "ORCHARD NEWS\n\nThe Orchard Assembly asked the Chief Warden of the town of the host of the ninth fair and the Chief Warden or Mayor of the town of the host of the tenth fair to open the fair together.\n";
    assert_eq!(
        brief(text, "2031-04-22"),
        [
            "¶2 Chief Warden of the town of the host of the ninth fair | Chief Warden or Mayor of the town of the host of the tenth fair"
        ]
    );
}
