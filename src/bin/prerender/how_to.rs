//! schema.org `HowTo` structured data for a guide's standalone page, so that search engines
//! can show its steps: https://schema.org/HowTo. Each method is a `HowToSection` of steps.

use deletion_guide::guide::{Guide, Method};
use serde_json::{json, Value};

/// The JSON-LD of `guide`, ready to sit inside `<script type="application/ld+json">`.
pub fn json_ld(guide: &Guide) -> String {
    let mut how_to = json!({
        "@context": "https://schema.org",
        "@type": "HowTo",
        "inLanguage": guide.lang,
        "name": guide.title,
        "description": guide.summary,
        "dateModified": guide.facts.checked().map(|day| day.to_string()),
        "step": guide.methods.iter().map(section).collect::<Vec<_>>(),
    });
    if let Some(total) = duration(guide.facts.time_needed) {
        how_to["totalTime"] = Value::String(total);
    }
    script_safe(&how_to)
}

/// `json` as text that can sit inside `<script type="application/ld+json">`: "</script>" in
/// a guide's text would end the script element early; JSON allows "<" to be written as an
/// escape, and then no tag can appear at all.
pub fn script_safe(json: &Value) -> String {
    json.to_string().replace('<', "\\u003c")
}

fn section(method: &Method) -> Value {
    let steps: Vec<Value> = method
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            json!({ "@type": "HowToStep", "position": i + 1, "name": step.title, "text": step.body })
        })
        .collect();
    json!({ "@type": "HowToSection", "name": method.title, "itemListElement": steps })
}

/// `time_needed` as an ISO 8601 duration, when it reads "<n> minutes" or "<n> hours" (the
/// form guides/README.md asks for); anything else is left out rather than guessed.
fn duration(time_needed: &str) -> Option<String> {
    let (number, unit) = time_needed.trim().split_once(' ')?;
    let number: u32 = number.parse().ok()?;
    let unit = match unit.trim() {
        "minute" | "minutes" => 'M',
        "hour" | "hours" => 'H',
        _ => return None,
    };
    Some(format!("PT{number}{unit}"))
}

#[cfg(test)]
mod tests {
    use super::duration;

    #[test]
    fn durations_in_minutes_or_hours_become_iso_8601() {
        assert_eq!(duration("10 minutes").as_deref(), Some("PT10M"));
        assert_eq!(duration("1 hour").as_deref(), Some("PT1H"));
        assert_eq!(duration("about an hour"), None);
        assert_eq!(duration("10–20 minutes"), None);
    }
}
