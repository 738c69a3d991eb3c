//! Every widget on the page: mounting one into an element, unmounting it, following the
//! attributes of elements mounted from them, and reusing the Yew apps of widgets gone.
//!
//! Why reuse: Yew 0.23 never frees an app's event listeners (it forgets them on purpose), so
//! every app made and destroyed would leave its container and a few closures behind. An
//! unmounted widget's app is kept idle and detached instead, and the next widget mounted takes
//! it: a page that mounts and unmounts a thousand times (a single-page blog, React's
//! StrictMode) makes no more apps than it ever shows at once. Idling goes through Yew's own
//! props update, which its scheduler runs after the app's creation, so a widget mounted and
//! unmounted in one task is idled too (a destroy in that task would run before the creation,
//! and leave the widget alive, rendering into a detached node).

use std::cell::RefCell;

use web_sys::Element;
use yew::{AppHandle, Renderer};

use crate::components::{Root, RootProps};
use crate::options::{self, Options};
use crate::shadow;

/// A widget's app, and the element it draws into (inside its host's shadow root).
struct App {
    handle: AppHandle<Root>,
    container: Element,
}

struct Mount {
    id: u32,
    host: Element,
    /// The options shown; for an element mounted from its attributes, what they said.
    options: Options,
    from_attributes: bool,
    /// `None` where the element could not hold a widget: it says why, and is not tried
    /// again until its attributes change (its own message would otherwise retrigger it).
    app: Option<App>,
}

thread_local! {
    static MOUNTS: RefCell<Vec<Mount>> = const { RefCell::new(Vec::new()) };
    static IDLE: RefCell<Vec<App>> = const { RefCell::new(Vec::new()) };
}

/// Idle apps kept for reuse; more are destroyed (a page rarely shows this many at once).
const IDLE_KEPT: usize = 16;

/// Shows a guide with `options` in `host` (replacing whatever widget it had), or writes into
/// `host` why it cannot. Returns the widget's id, for [`unmount`].
pub fn mount(host: &Element, options: Options, from_attributes: bool) -> u32 {
    if let Some(id) = id_of(host) {
        unmount(id);
    }
    let id = crate::store::new_id();
    if let Some(colour) = &options.accent {
        set_accent(host, Some(colour));
    }
    let app = show(host, options.clone(), id)
        .map_err(|message| host.set_text_content(Some(&message)))
        .ok();
    MOUNTS.with(|all| {
        all.borrow_mut().push(Mount {
            id,
            host: host.clone(),
            options,
            from_attributes,
            app,
        })
    });
    id
}

/// Takes widget `id` off the page. Unknown or already unmounted ids are ignored.
pub fn unmount(id: u32) {
    let gone = MOUNTS.with(|all| {
        let mut all = all.borrow_mut();
        let index = all.iter().position(|m| m.id == id)?;
        Some(all.swap_remove(index))
    });
    let Some(gone) = gone else { return };
    if gone.options.accent.is_some() {
        set_accent(&gone.host, None);
    }
    if let Some(app) = gone.app {
        retire(app);
    }
}

/// Mounts every element marked with the mount attribute that is not mounted yet, remounts
/// those whose attributes changed, and unmounts those that left the page or lost the mark.
pub fn sync(marked: Vec<Element>) {
    let from_attributes: Vec<(u32, Element, Options)> = MOUNTS.with(|all| {
        let all = all.borrow();
        let auto = all.iter().filter(|m| m.from_attributes);
        auto.map(|m| (m.id, m.host.clone(), m.options.clone()))
            .collect()
    });
    for (id, host, shown) in from_attributes {
        let marked = host.has_attribute(options::attribute(
            &host.local_name(),
            crate::MOUNT_ATTRIBUTE,
        ));
        if !host.is_connected() || !marked {
            unmount(id);
            continue;
        }
        let now = attribute_options(&host);
        if now != shown {
            mount(&host, now, true);
        }
    }
    for host in marked {
        if id_of(&host).is_none() {
            mount(&host, attribute_options(&host), true);
        }
    }
}

/// Sets `--dg-accent` on the host (it reaches the widget through its shadow root), or removes
/// the one a widget set when it goes (one the page set itself is never touched). Through the
/// CSS object model, which a strict `style-src` policy allows; a `style` attribute it refuses.
fn set_accent(host: &Element, accent: Option<&str>) {
    use wasm_bindgen::JsCast;
    let Some(style) = host.dyn_ref::<web_sys::HtmlElement>().map(|h| h.style()) else {
        return;
    };
    let _ = match accent {
        Some(colour) => style.set_property("--dg-accent", colour),
        None => style.remove_property("--dg-accent").map(drop),
    };
}

fn attribute_options(host: &Element) -> Options {
    let tag = host.local_name();
    Options::from_attributes(
        |name| host.get_attribute(options::attribute(&tag, name)),
        languages_around(host),
    )
}

/// The languages around `host`, most specific first: its nearest `lang` attribute (a blog's
/// `<html lang>`), then the languages the reader's browser asks for.
pub fn languages_around(host: &Element) -> Vec<String> {
    let nearest = host.closest("[lang]").ok().flatten();
    let page = nearest.and_then(|element| element.get_attribute("lang"));
    let browser = web_sys::window().map(|w| w.navigator().languages());
    page.into_iter()
        .chain(
            browser
                .iter()
                .flat_map(|list| list.iter())
                .filter_map(|l| l.as_string()),
        )
        .collect()
}

fn id_of(host: &Element) -> Option<u32> {
    MOUNTS.with(|all| all.borrow().iter().find(|m| m.host == *host).map(|m| m.id))
}

/// Draws a widget into `host`'s shadow root, with an idle app if there is one; or adopts
/// the markup prerendered there for exactly these options (hydrating bundle only).
fn show(host: &Element, options: Options, mount: u32) -> Result<App, String> {
    #[cfg(feature = "hydration")]
    if let Some(app) = hydrate(host, &options) {
        return Ok(app);
    }
    let root = shadow::root(host)?;
    let props = RootProps {
        options: Some(options),
        early: None,
        mount,
    };
    match IDLE.with(|idle| idle.borrow_mut().pop()) {
        Some(mut app) => {
            shadow::place(&root, &app.container);
            app.handle.update(props);
            Ok(app)
        }
        None => {
            let container = shadow::new_container(&root)?;
            let handle = Renderer::<Root>::with_root_and_props(container.clone(), props).render();
            Ok(App { handle, container })
        }
    }
}

#[cfg(feature = "hydration")]
fn hydrate(host: &Element, options: &Options) -> Option<App> {
    let guide = crate::guide::find_in(&options.guide, options.lang.code)?;
    let key = crate::prerendered::key(guide, options);
    let container = shadow::prerendered(host, &key)?;
    let props = RootProps {
        options: Some(options.clone()),
        early: Some(shadow::early_input(&container)),
        mount: 0,
    };
    let handle = Renderer::<Root>::with_root_and_props(container.clone(), props).hydrate();
    Some(App { handle, container })
}

/// Empties an app and keeps it for the next widget. Past [`IDLE_KEPT`], the app idle longest
/// is destroyed: it was created long ago, so its destruction is not lost (see above).
fn retire(mut app: App) {
    app.handle.update(RootProps {
        options: None,
        early: None,
        mount: 0,
    });
    app.container.remove();
    let surplus = IDLE.with(|idle| {
        let mut idle = idle.borrow_mut();
        idle.push(app);
        (idle.len() > IDLE_KEPT).then(|| idle.remove(0))
    });
    if let Some(oldest) = surplus {
        oldest.handle.destroy();
    }
}
