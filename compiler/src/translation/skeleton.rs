//! The start of a new translation: every item of a guide with its id, the fingerprint of its
//! source text, and that text, for a translator to replace field by field
//! (`check-guide --translate es guides/aliexpress.toml > guides/aliexpress.es.toml`).

use super::texts::{fingerprint, items, Text};
use crate::schema::Guide;

pub fn skeleton(guide: &Guide, lang: &str) -> String {
    let mut guide = guide.clone();
    let id = guide
        .id
        .as_ref()
        .map(|id| id.value.clone())
        .unwrap_or_default();
    let mut out = format!(
        "# The {lang} text of guides/{id}.toml: each item by its id, `from` the fingerprint of \
         the\n# source text it was translated from. Replace every text; leave ids and `from`.\n\
         guide = {id:?}\nlang = {lang:?}\nmade_by = \"(who or what translated it, and when)\"\n\
         reviewed = false\n"
    );
    for item in items(&mut guide) {
        out.push_str(&format!(
            "\n[[items]]\nid = {:?}\nfrom = {:?}\n",
            item.id,
            fingerprint(&item)
        ));
        for (name, text) in &item.fields {
            match text {
                Text::One(text) => out.push_str(&format!("{name} = {:?}\n", text.as_str())),
                Text::Many(texts) => {
                    out.push_str(&format!("{name} = [\n"));
                    for text in texts.iter() {
                        out.push_str(&format!("  {:?},\n", text.as_str()));
                    }
                    out.push_str("]\n");
                }
            }
        }
    }
    out
}
