use yew::prelude::*;

use crate::guide::{self, page_address, SITE_URL};
use crate::words::Lang;

/// Shown instead of a guide when the snippet names one this build does not have, so the
/// blogger sees at once what went wrong and which ids would work: each guide's name and id,
/// linked to its page where the build knows the site's address (`SITE_URL`).
pub fn unknown_guide(id: &str, lang: Lang) -> Html {
    html! {
        <div class="dg dg-error" role="alert" lang={lang.code} dir={lang.dir()}>
            <p>{(lang.no_such_guide)(id)}</p>
            <ul>
                for guide in guide::all() {
                    <li>
                        if let Some(site) = SITE_URL {
                            <a href={page_address(site, guide.id)}>{guide.service}</a>
                        } else {
                            {guide.service}
                        }
                        {format!(" (data-deletion-guide=\"{}\")", guide.id)}
                    </li>
                }
            </ul>
        </div>
    }
}
