//! Scenarios in a link: the scenario file, compacted, deflated (raw
//! DEFLATE, RFC 1951) and written in URL-safe base64 after `#s=`. The link
//! holds the whole scenario, so it opens the same figures anywhere; nothing
//! goes to a server (a fragment is never sent).
//!
//! The deflating itself is the one step outside this module in the app: the
//! browser's own `CompressionStream("deflate-raw")` does it there, which
//! keeps miniz_oxide (about 5 KB of the gzipped wasm) out of the app. The
//! steps around it are here ([`link_json`], [`link_of_deflated`],
//! [`fragment_bytes`], [`scenario_from_inflated`]); with the `deflate`
//! feature (the CLI, the tests) miniz_oxide joins them into
//! [`share_link`] and [`scenario_from_fragment`], and the tests check that
//! both ways read each other's links.
//!
//! A scenario that starts from a built-in preset also has a short link
//! (`#p=`, `short.rs`, `short_scenario.rs`): the preset's id and version and the knobs that
//! differ, for a QR code.

mod short;
mod short_scenario;

pub use short::{parse_short_fragment, preset_version, ShortLink, MAX_SHORT_CHARS, SHORT_PREFIX};
pub use short_scenario::{scenario_from_short, short_fragment};

use crate::file::{limits, load_scenario, scenario_to_json, LoadError};
use crate::scenario::Scenario;
use crate::validate::Problem;

/// The fragment prefix of a share link.
pub const FRAGMENT_PREFIX: &str = "#s=";

/// Longest link we hand out. Outlook and Gmail keep links of this length
/// intact; older clients break long ones, so beyond it we advise sending
/// the file (an assumption, not a measured limit of every client).
pub const MAX_LINK_CHARS: usize = 8_000;

/// Why a link cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTooLong {
    pub length: usize,
}

/// What a link carries before deflating: the scenario file, compact (the
/// pretty file's indentation is only for people).
pub fn link_json(scenario: &Scenario) -> String {
    let json = scenario_to_json(scenario);
    serde_json::from_str::<serde_json::Value>(&json)
        .and_then(|v| serde_json::to_string(&v))
        .unwrap_or(json)
}

/// The full link for `page_url` (its fragment dropped) around the deflated
/// bytes of [`link_json`]; refused when too long for a mail client.
pub fn link_of_deflated(page_url: &str, deflated: &[u8]) -> Result<String, LinkTooLong> {
    let base = page_url.split('#').next().unwrap_or(page_url);
    let link = format!("{base}{FRAGMENT_PREFIX}{}", base64url_encode(deflated));
    if link.len() > MAX_LINK_CHARS {
        Err(LinkTooLong { length: link.len() })
    } else {
        Ok(link)
    }
}

fn broken(nl: &str, en: &str) -> LoadError {
    LoadError {
        problems: vec![Problem::new("", nl.to_string(), en.to_string())],
    }
}

/// The deflated bytes of a fragment made by [`link_of_deflated`] (with or
/// without `#s=`): None when the fragment is not a share link at all, a
/// Dutch refusal when it is too long or damaged.
pub fn fragment_bytes(fragment: &str) -> Option<Result<Vec<u8>, LoadError>> {
    let payload = fragment
        .strip_prefix(FRAGMENT_PREFIX)
        .or_else(|| fragment.strip_prefix("s="))?;
    if payload.len() > 4 * limits::MAX_FILE_BYTES / 3 {
        return Some(Err(broken(
            "De link is te lang om een scenario te zijn.",
            "The link is too long.",
        )));
    }
    Some(base64url_decode(payload).ok_or_else(|| {
        broken(
            "De link is beschadigd (onleesbare tekens); vraag de afzender om het scenariobestand.",
            "The link is damaged.",
        )
    }))
}

/// The scenario of a link from its inflated bytes; None when inflating
/// failed (the link is cut off or damaged) or gave more than a scenario
/// file may hold.
pub fn scenario_from_inflated(json: Option<&[u8]>) -> Result<Scenario, LoadError> {
    match json {
        Some(json) if json.len() <= limits::MAX_FILE_BYTES => load_scenario(json),
        _ => Err(broken(
            "De link is onvolledig of beschadigd; vraag de afzender om het scenariobestand.",
            "The link is incomplete or damaged.",
        )),
    }
}

/// [`link_json`] deflated natively.
#[cfg(feature = "deflate")]
fn deflated(scenario: &Scenario) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(link_json(scenario).as_bytes(), 9)
}

/// The fragment (`#s=...`) for a scenario.
#[cfg(feature = "deflate")]
pub fn scenario_fragment(scenario: &Scenario) -> String {
    format!("{FRAGMENT_PREFIX}{}", base64url_encode(&deflated(scenario)))
}

/// The full link for `page_url` (without fragment), refused when too long.
#[cfg(feature = "deflate")]
pub fn share_link(page_url: &str, scenario: &Scenario) -> Result<String, LinkTooLong> {
    link_of_deflated(page_url, &deflated(scenario))
}

/// Reads a fragment made by [`scenario_fragment`] (with or without `#s=`).
/// None when the fragment is not a share link at all.
#[cfg(feature = "deflate")]
pub fn scenario_from_fragment(fragment: &str) -> Option<Result<Scenario, LoadError>> {
    Some(fragment_bytes(fragment)?.and_then(|bytes| {
        let json =
            miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, limits::MAX_FILE_BYTES);
        scenario_from_inflated(json.ok().as_deref())
    }))
}

/// URL-safe base64 without padding (RFC 4648 §5), written by hand: the
/// `base64` crate cost 2.1 KB of the app's gzipped wasm (measured, see
/// docs/performance.md), which the 600,000-byte limit could no longer carry.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The bytes of the link text; None when it holds a character that is not
/// URL-safe base64. A link cut off anywhere still decodes (its last,
/// partial character dropped, trailing bits ignored), so that the inflater,
/// not the decoder, says it is incomplete.
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let values: Vec<u32> = text
        .bytes()
        .map(|b| ALPHABET.iter().position(|a| *a == b).map(|v| v as u32))
        .collect::<Option<_>>()?;
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        // Two characters make one byte, three make two, four make three;
        // one lone character holds no whole byte.
        for i in 0..chunk.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(all(test, feature = "deflate"))]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)).unwrap(), bytes);
        }
        assert_eq!(base64url_encode(b"Man"), "TWFu");
    }

    #[test]
    fn a_link_opens_the_same_scenario() {
        let scenario = voorbeeldregio();
        let link = share_link("http://127.0.0.1:8080/?x#oud", &scenario).expect("the example fits");
        assert!(link.starts_with("http://127.0.0.1:8080/?x#s="));
        let fragment = &link[link.find('#').unwrap()..];
        let back = scenario_from_fragment(fragment).unwrap().unwrap();
        assert_eq!(back.care_forms, scenario.care_forms);
        assert_eq!(back.levers, scenario.levers);
    }

    #[test]
    fn a_scenario_too_big_for_a_mail_client_gets_no_link() {
        let mut scenario = voorbeeldregio();
        // Sources that do not compress: pseudo-random text.
        let mut seed = 12345u64;
        let mut noise = |n: usize| -> String {
            (0..n)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    char::from(b'a' + (seed >> 59) as u8 % 26)
                })
                .collect()
        };
        for i in 0..40 {
            let mut form = scenario.care_forms[0].clone();
            form.id = format!("extra-{i}");
            form.sources.insert("clients_start".into(), noise(150));
            scenario.care_forms.push(form);
        }
        assert!(share_link("http://127.0.0.1:8080/", &scenario).is_err());
    }

    #[test]
    fn damaged_links_give_a_dutch_message() {
        let not_base64 = scenario_from_fragment("#s=@@@").unwrap().unwrap_err();
        assert!(not_base64.problems[0].message.nl.contains("beschadigd"));
        let not_deflate = scenario_from_fragment("#s=AAAA").unwrap().unwrap_err();
        assert!(not_deflate.problems[0].message.nl.contains("link"));
        assert!(not_base64.problems[0]
            .message
            .nl
            .contains("onleesbare tekens"));
        let fragment = scenario_fragment(&voorbeeldregio());
        // Cut anywhere (every remainder of 4): incomplete, not unreadable.
        for end in fragment.len() / 2..fragment.len() / 2 + 4 {
            let cut = scenario_from_fragment(&fragment[..end])
                .unwrap()
                .unwrap_err();
            assert!(
                cut.problems[0].message.nl.contains("onvolledig"),
                "cut at {end}: {}",
                cut.problems[0].message.nl
            );
        }
        assert!(scenario_from_fragment("#grafieken").is_none());
    }
}
