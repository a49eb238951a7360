//! The page's start in parts (issue 23, docs/performance.md): `lib.rs`
//! builds the page in parts, each in a task of its own on the main thread,
//! so that none blocks a tap or a key for long. What comes in a later part
//! asks whether the start has reached it.

use std::sync::atomic::{AtomicU8, Ordering};

use leptos::prelude::*;

/// How far the page's start has come: the part built last, counted up by
/// `build_in_parts` in lib.rs. Where no view provides it (the presentation
/// window) everything is built at once.
#[derive(Clone, Copy)]
pub struct StartParts(pub RwSignal<u8>);

/// Charts made so far, for their turns to be painted at the start.
static CHARTS_MADE: AtomicU8 = AtomicU8::new(0);

impl StartParts {
    // Part 1: the header, the toolbar and the headline cards.
    /// The levers' panels, with the substitution rules (the first panel).
    pub const LEVERS: u8 = 2;
    /// The residential shifts (afschalen verblijf).
    pub const SHIFTS: u8 = 3;
    /// The other panels' lists: the changes per care form, the front
    /// budget, the budget lines and the investments.
    pub const LEVER_LISTS: u8 = 4;
    /// The charts and the other tabs.
    pub const CHARTS: u8 = 5;
    /// The first chart painted, so the layout their size needs is not
    /// forced inside a part; the next two charts a part later each.
    pub const PAINT: u8 = 6;
    /// The last part: the third chart painted.
    pub const LAST: u8 = Self::PAINT + 2;

    /// The start's parts where the view is built in them.
    pub fn here() -> Option<StartParts> {
        use_context()
    }

    /// Whether `parts` has reached `part` (tracked); true where the page
    /// is not built in parts.
    pub fn reached(parts: Option<StartParts>, part: u8) -> bool {
        parts.is_none_or(|p| p.0.get() >= part)
    }

    /// The part in which a chart made now is painted: during the start one
    /// chart a part from [`StartParts::PAINT`] on, in the order they are
    /// made; after it at once.
    pub fn paint_turn(parts: Option<StartParts>) -> u8 {
        let made = CHARTS_MADE.fetch_add(1, Ordering::Relaxed);
        match parts {
            Some(_) => Self::PAINT + made.min(Self::LAST - Self::PAINT),
            None => Self::PAINT,
        }
    }
}
