//! The Arabic kinds of the fix round on res51 (helper har38): one composed text per rule
//! added in that round (`ar/`), not a sentence of a real text. Each fails with its rule
//! switched off.

use crate::tests::brief::arabic as brief;

#[test]
fn an_urging_of_several_names_joined_by_and_asks_each() {
    // "يحض X وحركة Y وZ وW على ...": four short names, with and without an article, each
    // joined by "و"; each is an addressee (only the first, or the first two run together,
    // had been drafted).
    let text = "خبر\n\nتبنى مجلس البساتين قرارا بشأن الري. وأكد أنه «يحض تونس وحركة النهضة والسودان وليبيا على العمل بروح من التسامح» في الحوار.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 تونس | حركة النهضة | السودان | ليبيا"]
    );
    let text = "خبر\n\nتبنى مجلس البساتين قرارا بشأن الري. وأكد أنه يحث الأردن وهيئة المياه والعراق على تبادل البيانات بانتظام.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 الأردن | هيئة المياه | العراق"]
    );
}
