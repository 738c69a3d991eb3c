//! Where a reader reports a mistake: the link a guide or an embed gives, with `{guide}`,
//! `{step}` and `{verified}` filled in (the guide's id, the step's id, the day the guide was
//! last verified), each percent-encoded, so that a report arrives saying what it is about.

use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};

use crate::guide::{Guide, Step};

/// `template` filled for `guide`, and for `step` where the report is about one (else `{step}`
/// is left empty).
pub fn link(template: &str, guide: &Guide, step: Option<&Step>) -> String {
    let encode = |text: &str| utf8_percent_encode(text, NON_ALPHANUMERIC).to_string();
    template
        .replace("{guide}", &encode(guide.id))
        .replace("{step}", &encode(step.map_or("", |s| s.id)))
        .replace(
            "{verified}",
            &encode(
                &guide
                    .facts
                    .last_verified
                    .map_or("never".to_owned(), |d| d.to_string()),
            ),
        )
}

#[cfg(test)]
mod tests {
    use super::link;
    use crate::guide;

    #[test]
    fn placeholders_are_filled_and_encoded() {
        let guide = guide::find("aliexpress").expect("the AliExpress guide");
        let step = guide.methods[0].steps[0];
        let template = "https://example.com/report?g={guide}&s={step}&v={verified}&q=a+b";
        assert_eq!(
            link(template, guide, Some(step)),
            "https://example.com/report?g=aliexpress&s=settle%2Dorders&v=never&q=a+b"
        );
        assert_eq!(
            link("https://example.com/r/{step}", guide, None),
            "https://example.com/r/",
            "no step: left empty"
        );
        assert_eq!(
            link("https://example.com/", guide, None),
            "https://example.com/"
        );
    }
}
