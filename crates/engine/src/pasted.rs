//! Share links in pasted text: what a facilitator copies out of a chat or a
//! mail ("Hier is de mijne: https://…#s=… groet, Anna") holds one or many
//! links among other words. [`links_in_text`] finds every link in it, keeps
//! the ones that open a scenario in this planner (`#s=`, the whole
//! scenario; `#p=`, a short link to a preset) and names every other link
//! with a Dutch reason, numbered in the order they stand. Reading the
//! scenarios themselves is the share module's work (and the browser's, which
//! inflates them).

use crate::text::Text;

/// The fragments that open a scenario.
const SCENARIO_FRAGMENTS: [&str; 2] = ["#s=", "#p="];

/// Longest pasted text read: 50 full links of the longest kind with room
/// for chat around them.
pub const MAX_PASTED_CHARS: usize = 1_000_000;

/// A link that may open a scenario: its place among the links in the text
/// (1 and up) and its fragment (`#s=…` or `#p=…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastedLink {
    pub number: usize,
    pub fragment: String,
}

/// The links of a pasted text that may open a scenario, and a message for
/// every other link (or for a text without any).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pasted {
    pub links: Vec<PastedLink>,
    pub problems: Vec<Text>,
}

/// Characters that end a link in running text: whitespace and the quotes
/// and brackets chats and mails put around one.
fn ends_link(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '<' | '>' | '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}'
        )
}

/// Punctuation a sentence puts right after a link ("… #s=abc." or "…, en").
/// No link we hand out ends in one of these.
fn trailing(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?')
}

/// Scheme, host and path of an address, without query or fragment, without
/// `index.html` and without a closing slash: the site a link is for.
fn site(address: &str) -> &str {
    let end = address.find(['?', '#']).unwrap_or(address.len());
    let base = &address[..end];
    let base = base.strip_suffix("index.html").unwrap_or(base);
    base.strip_suffix('/').unwrap_or(base)
}

/// Finds every link in `text` that is for this planner at `page_url` and
/// carries a scenario. A link of another site, a link of this site without
/// a scenario, and a text without any link are named in Dutch and English.
pub fn links_in_text(text: &str, page_url: &str) -> Pasted {
    let mut pasted = Pasted::default();
    if text.len() > MAX_PASTED_CHARS {
        pasted.problems.push(Text::new(
            format!(
                "De geplakte tekst is te lang ({} tekens); plak hooguit 1.000.000 tekens tegelijk.",
                text.len()
            ),
            format!(
                "The pasted text is too long ({} characters); paste at most 1,000,000 at once.",
                text.len()
            ),
        ));
        return pasted;
    }
    let here = site(page_url);
    let mut number = 0;
    for word in text.split(ends_link) {
        let word = word.trim_end_matches(trailing);
        let fragment_at = SCENARIO_FRAGMENTS.iter().filter_map(|f| word.find(f)).min();
        let is_address = word.starts_with("http://") || word.starts_with("https://");
        if !is_address && fragment_at.is_none() {
            continue;
        }
        number += 1;
        let address = match fragment_at {
            Some(at) => &word[..at],
            None => word,
        };
        // A bare fragment (the part after # alone) is taken as this site's.
        let other_site = !address.is_empty() && site(address) != here;
        if other_site {
            let shown: String = address.chars().take(80).collect();
            pasted.problems.push(Text::new(
                format!("Link {number} ({shown}) is niet van deze planner; alleen links die de planner zelf maakt (Deel via link) openen een scenario."),
                format!("Link {number} ({shown}) is not of this planner; only links the planner makes (Share by link) open a scenario."),
            ));
            continue;
        }
        match fragment_at {
            Some(at) => pasted.links.push(PastedLink {
                number,
                fragment: word[at..].to_string(),
            }),
            None => pasted.problems.push(Text::new(
                format!("Link {number} opent geen scenario: er staat geen #s= of #p= in. Vraag om de link van \"Deel via link\"."),
                format!("Link {number} opens no scenario: it holds no #s= or #p=. Ask for the link from \"Share by link\"."),
            )),
        }
    }
    if number == 0 {
        pasted.problems.push(Text::new(
            "Er staat geen link in de geplakte tekst. Plak de links die deelnemers met \"Deel via link\" maakten.",
            "The pasted text holds no link. Paste the links participants made with \"Share by link\".",
        ));
    }
    pasted
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://planner.example.nl/jeugd/index.html#s=eigen";

    #[test]
    fn links_among_chat_text_are_found_in_order_without_their_punctuation() {
        let text = "Anna: hier is de mijne https://planner.example.nl/jeugd/#s=AbC-_1.\n\
                    Bram: (https://planner.example.nl/jeugd/index.html#s=XyZ) en\t\
                    <https://planner.example.nl/jeugd#p=voorbeeldregio.1a2b3c4d.k>, groet";
        let pasted = links_in_text(text, PAGE);
        assert_eq!(pasted.problems, []);
        let fragments: Vec<(usize, &str)> = pasted
            .links
            .iter()
            .map(|l| (l.number, l.fragment.as_str()))
            .collect();
        assert_eq!(
            fragments,
            [
                (1, "#s=AbC-_1"),
                (2, "#s=XyZ"),
                (3, "#p=voorbeeldregio.1a2b3c4d.k")
            ]
        );
    }

    #[test]
    fn another_site_and_a_link_without_a_scenario_are_named_by_number() {
        let text = "https://elders.example.com/app/#s=AAAA en https://planner.example.nl/jeugd/ \
                    en #s=BBBB";
        let pasted = links_in_text(text, PAGE);
        assert_eq!(pasted.links.len(), 1);
        assert_eq!(pasted.links[0].number, 3);
        assert_eq!(pasted.problems.len(), 2);
        assert!(pasted.problems[0]
            .nl
            .starts_with("Link 1 (https://elders.example.com/app/) is niet van deze planner"));
        assert!(pasted.problems[1]
            .nl
            .starts_with("Link 2 opent geen scenario"));
    }

    #[test]
    fn text_without_a_link_or_too_long_says_so() {
        let none = links_in_text("Ik kom later, sorry!", PAGE);
        assert!(none.links.is_empty());
        assert!(none.problems[0].nl.starts_with("Er staat geen link"));
        let long = "a".repeat(MAX_PASTED_CHARS + 1);
        assert!(links_in_text(&long, PAGE).problems[0]
            .nl
            .starts_with("De geplakte tekst is te lang"));
    }

    #[test]
    fn the_site_ignores_index_html_a_closing_slash_and_the_query() {
        assert_eq!(
            site("http://127.0.0.1:8080/index.html?x=1#s=a"),
            "http://127.0.0.1:8080"
        );
        assert_eq!(site("http://127.0.0.1:8080/"), "http://127.0.0.1:8080");
        assert_eq!(site("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
    }
}
