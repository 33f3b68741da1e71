use crate::support::*;

#[test]
fn list_prints_the_bundled_mandates() {
    let run = Case::bundled().args(&["list"]).run();
    run.ok();
    insta::assert_snapshot!(run.stdout());
}
