//! Short links (`#p=`): a scenario that starts from a built-in preset (the
//! example region or a regional plan) written as the preset's id and
//! version plus only the knobs that differ from it, short enough for a QR
//! code on a projector:
//!
//! `#p=voorbeeldregio&v=cae85aab&n=Groep%203&levers.residential_shifts.afschalen-verblijf.share=0.365&.start_year=2028&c=562e`
//!
//! Plain ASCII that survives chat apps: `&`-separated `key=value` items,
//! each key and value percent-encoded where it needs it (only a name does:
//! addresses and numbers are letters, digits, `.`, `-` and `_`). `p` is the
//! preset's id, `v` its version ([`preset_version`] of the file's bytes), `n`
//! the scenario's name when it differs, then each knob that differs as its
//! [`Address`] and its value as plain decimal text (a fraction, as in the
//! file; after another knob, the parts they share as dots: `.start_year`
//! after a lever's `.share`, `..huisarts-2017.change` after another of the
//! same list), and last `c`, a check of everything before it, so a link cut off
//! anywhere or damaged on the way is refused, never opened with a wrong value.
//!
//! This file is the text of the link; `short_scenario.rs` the scenario it
//! opens and the link of a scenario.

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::file::LoadError;
use crate::knobs::Address;
use crate::presets::{find_preset, Preset};
use crate::validate::Problem;

/// The fragment prefix of a short link.
pub const SHORT_PREFIX: &str = "#p=";

/// Longest short link fragment read or written; a longer one is refused
/// unread (the full `#s=` link is the one for many changes).
pub const MAX_SHORT_CHARS: usize = 8_000;

/// Longest value text: a Decimal has at most 28 digits, a sign and a point.
const MAX_VALUE_CHARS: usize = 40;

/// A short link as read: what to load and what to change in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortLink {
    /// The preset to fetch (`presets/FILE`, the example region built in).
    pub preset: &'static Preset,
    /// [`preset_version`] of the preset file the link was made from.
    pub version: String,
    /// The scenario's name, when it differs from the preset's.
    pub name: Option<String>,
    /// Each knob that differs, with its value, in the order written.
    pub knobs: Vec<(Address, Decimal)>,
}

/// The version of a preset file: FNV-1a (32 bit) of its bytes, 8 hex
/// digits, so the app computes it from the file it fetched.
pub fn preset_version(json: &[u8]) -> String {
    format!("{:08x}", fnv1a(json))
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193)
    })
}

/// The check at the end of a link: 16 bits of FNV-1a of the items before it.
fn check(body: &str) -> String {
    let hash = fnv1a(body.as_bytes());
    format!("{:04x}", (hash >> 16) ^ (hash & 0xffff))
}

impl ShortLink {
    fn items(&self) -> Vec<(String, String)> {
        let mut items = vec![
            ("p".to_string(), self.preset.id.to_string()),
            ("v".to_string(), self.version.clone()),
        ];
        items.extend(self.name.iter().map(|n| ("n".to_string(), n.clone())));
        let mut previous = String::new();
        for (address, value) in &self.knobs {
            let full = address.to_string();
            let key = shorthand(&previous, &full).unwrap_or_else(|| full.clone());
            items.push((key, value.to_string()));
            previous = full;
        }
        items
    }

    /// The fragment, `#p=...&c=...`.
    pub fn fragment(&self) -> String {
        let body = body(&self.items());
        format!("#{body}&c={}", check(&body))
    }
}

/// A knob's address after the one before it: each leading dot drops one
/// last part of the address before it, and the rest follows: `.start_year`
/// after `levers.residential_shifts.af.share` (the same lever),
/// `..huisarts-2017.change` after `levers.form_changes.huisarts-2016.change`
/// (the same list). The shortest such key, when it saves enough to be
/// worth reading (not `....form_changes.x.change` for `levers.form_changes…`).
fn shorthand(previous: &str, full: &str) -> Option<String> {
    let parts: Vec<&str> = previous.split('.').collect();
    (1..parts.len())
        .find_map(|dots| {
            let stem = parts[..parts.len() - dots].join(".");
            let rest = full.strip_prefix(&stem)?.strip_prefix('.')?;
            Some(format!("{}{rest}", ".".repeat(dots)))
        })
        .filter(|key| key.len() + 8 <= full.len() && expand(previous, key).as_deref() == Some(full))
}

/// The address a key stands for after the address `previous`; None when it
/// drops more parts than there are, or leaves nothing after them.
fn expand(previous: &str, key: &str) -> Option<String> {
    let rest = key.trim_start_matches('.');
    let dots = key.len() - rest.len();
    if dots == 0 {
        return Some(key.to_string());
    }
    let parts: Vec<&str> = previous.split('.').collect();
    if dots >= parts.len() || rest.is_empty() {
        return None;
    }
    Some(format!("{}.{rest}", parts[..parts.len() - dots].join(".")))
}

fn body(items: &[(String, String)]) -> String {
    let item = |(k, v): &(String, String)| format!("{}={}", encode(k), encode(v));
    items.iter().map(item).collect::<Vec<_>>().join("&")
}

/// Percent-encoding of everything but letters, digits and `-._~`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// None when a `%` is not followed by two hex digits or the bytes are not
/// UTF-8.
fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

pub(super) fn refused(path: &str, nl: String, en: String) -> LoadError {
    LoadError {
        problems: vec![Problem::new(path, nl, en)],
    }
}

/// Link text quoted in a message, cut short: a hostile link is long.
fn quoted(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

pub(super) const ASK_FOR_THE_FILE: &str = "vraag de afzender om het scenariobestand.";

fn incomplete() -> LoadError {
    refused(
        "",
        format!("De korte link is onvolledig of beschadigd; {ASK_FOR_THE_FILE}"),
        "The short link is incomplete or damaged.".into(),
    )
}

/// Reads a short link's fragment (with or without `#`): None when it is not
/// a `p=` fragment at all, a Dutch refusal when it is cut off, damaged, too
/// long, of a preset this build does not have, or names no knob.
pub fn parse_short_fragment(fragment: &str) -> Option<Result<ShortLink, LoadError>> {
    let text = fragment.strip_prefix('#').unwrap_or(fragment);
    text.starts_with("p=").then(|| parse(text))
}

fn parse(text: &str) -> Result<ShortLink, LoadError> {
    if text.len() > MAX_SHORT_CHARS {
        return Err(refused(
            "",
            "De link is te lang om een korte link te zijn.".into(),
            "The link is too long for a short link.".into(),
        ));
    }
    let (content, sum) = text.rsplit_once("&c=").ok_or_else(incomplete)?;
    let items = content
        .split('&')
        .map(|item| {
            let (key, value) = item.split_once('=')?;
            Some((decode(key)?, decode(value)?))
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(incomplete)?;
    if sum != check(&body(&items)) {
        return Err(incomplete());
    }
    let mut items = items.into_iter();
    let id = items.next().map(|(_, id)| id).unwrap_or_default();
    let preset = find_preset(&id).ok_or_else(|| {
        let id = quoted(&id);
        refused(
            "",
            format!("Deze link hoort bij het plan \"{id}\", dat deze versie van de planner niet kent; {ASK_FOR_THE_FILE}"),
            format!("This link belongs to the plan \"{id}\", which this version of the planner does not know."),
        )
    })?;
    let mut link = ShortLink {
        preset,
        version: String::new(),
        name: None,
        knobs: Vec::new(),
    };
    let mut previous = String::new();
    for (key, value) in items {
        match key.as_str() {
            "v" => link.version = value,
            "n" => link.name = Some(value),
            _ => {
                let full = expand(&previous, &key).ok_or_else(incomplete)?;
                link.knobs.push(knob(&full, &value)?);
                previous = full;
            }
        }
    }
    let hex = link.version.len() == 8 && link.version.bytes().all(|b| b.is_ascii_hexdigit());
    if !hex {
        return Err(incomplete());
    }
    let mut addresses: Vec<&Address> = link.knobs.iter().map(|(a, _)| a).collect();
    addresses.sort();
    if addresses.windows(2).any(|w| w[0] == w[1]) {
        return Err(incomplete());
    }
    Ok(link)
}

fn knob(key: &str, value: &str) -> Result<(Address, Decimal), LoadError> {
    let address = Address::from_str(key).map_err(|_| {
        let key = quoted(key);
        refused(
            "",
            format!(
                "De link noemt \"{key}\", maar dat is geen knop van de planner; {ASK_FOR_THE_FILE}"
            ),
            format!("The link names \"{key}\", which is not a knob of the planner."),
        )
    })?;
    // Plain decimal text only: no exponent, no sign but a minus, no comma.
    let plain = value.len() <= MAX_VALUE_CHARS
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
    let number = plain
        .then(|| Decimal::from_str(value).ok())
        .flatten()
        .ok_or_else(|| {
            let value = quoted(value);
            refused(
                key,
                format!("In de link is de waarde van {key} geen getal (\"{value}\"); {ASK_FOR_THE_FILE}"),
                format!("In the link the value of {key} is not a number."),
            )
        })?;
    Ok((address, number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_after_another_knob_drop_the_parts_they_share() {
        let shift = "levers.residential_shifts.af.share";
        let cases = [
            (
                shift,
                "levers.residential_shifts.af.start_year",
                ".start_year",
            ),
            (
                shift,
                "levers.residential_shifts.af.mix.pleegzorg",
                ".mix.pleegzorg",
            ),
            (
                "levers.residential_shifts.af.mix.pleegzorg",
                "levers.residential_shifts.af.mix.gezinshuis",
                ".gezinshuis",
            ),
            (
                "levers.form_changes.huisarts-2016.change",
                "levers.form_changes.huisarts-2017.change",
                "..huisarts-2017.change",
            ),
            (shift, "insured_share", "insured_share"),
            ("", "insured_share", "insured_share"),
        ];
        for (previous, full, key) in cases {
            let written = shorthand(previous, full).unwrap_or_else(|| full.to_string());
            assert_eq!(written, key, "{previous} → {full}");
            assert_eq!(expand(previous, key).as_deref(), Some(full));
        }
        // More dots than parts, or nothing after them: no address.
        assert_eq!(expand("insured_share", ".x"), None);
        assert_eq!(expand(shift, "...."), None);
        assert_eq!(expand("", ".share"), None);
    }

    #[test]
    fn names_are_percent_encoded_and_decoded() {
        let name = "Groep 3 & co: 50% (é)";
        assert_eq!(
            encode(name),
            "Groep%203%20%26%20co%3A%2050%25%20%28%C3%A9%29"
        );
        assert_eq!(decode(&encode(name)).as_deref(), Some(name));
        assert_eq!(decode("%4"), None);
        assert_eq!(decode("%zz"), None);
        assert_eq!(decode("%FF"), None, "not UTF-8");
    }
}
