//! Scenarios in a link: the scenario file, compacted, deflated and written
//! in URL-safe base64 after `#s=`. The link holds the whole scenario, so it
//! opens the same figures anywhere; nothing goes to a server (a fragment is
//! never sent).

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

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

/// The fragment (`#s=...`) for a scenario.
pub fn scenario_fragment(scenario: &Scenario) -> String {
    let json = scenario_to_json(scenario);
    // Compact: the pretty file's indentation is only for people.
    let compact = serde_json::from_str::<serde_json::Value>(&json)
        .and_then(|v| serde_json::to_string(&v))
        .unwrap_or(json);
    format!(
        "{FRAGMENT_PREFIX}{}",
        base64url_encode(&compress_to_vec(compact.as_bytes(), 9))
    )
}

/// The full link for `page_url` (without fragment), refused when too long.
pub fn share_link(page_url: &str, scenario: &Scenario) -> Result<String, LinkTooLong> {
    let base = page_url.split('#').next().unwrap_or(page_url);
    let link = format!("{base}{}", scenario_fragment(scenario));
    if link.len() > MAX_LINK_CHARS {
        Err(LinkTooLong { length: link.len() })
    } else {
        Ok(link)
    }
}

/// Reads a fragment made by [`scenario_fragment`] (with or without `#s=`).
/// None when the fragment is not a share link at all.
pub fn scenario_from_fragment(fragment: &str) -> Option<Result<Scenario, LoadError>> {
    let payload = fragment
        .strip_prefix(FRAGMENT_PREFIX)
        .or_else(|| fragment.strip_prefix("s="))?;
    let broken = |nl: &str, en: &str| LoadError {
        problems: vec![Problem::new("", nl.to_string(), en.to_string())],
    };
    if payload.len() > 4 * limits::MAX_FILE_BYTES / 3 {
        return Some(Err(broken(
            "De link is te lang om een scenario te zijn.",
            "The link is too long.",
        )));
    }
    let Some(bytes) = base64url_decode(payload) else {
        return Some(Err(broken(
            "De link is beschadigd (onleesbare tekens); vraag de afzender om het scenariobestand.",
            "The link is damaged.",
        )));
    };
    let Ok(json) = decompress_to_vec_with_limit(&bytes, limits::MAX_FILE_BYTES) else {
        return Some(Err(broken(
            "De link is onvolledig of beschadigd; vraag de afzender om het scenariobestand.",
            "The link is incomplete or damaged.",
        )));
    };
    Some(load_scenario(&json))
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

#[cfg(test)]
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
