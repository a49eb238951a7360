//! The page's one keyboard listener: features say which keys they take
//! (undo and redo, W for workshop mode, the workshop's own keys) while they
//! are on the page, and a single `keydown` listener on the window asks each
//! in turn until one takes the key.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::ev;
use leptos::prelude::*;

/// A feature's keys: true when it took the key (then no later one sees it).
type Handler = Rc<dyn Fn(&web_sys::KeyboardEvent) -> bool>;

#[derive(Clone, Copy)]
pub struct Keys(StoredValue<Vec<(usize, Handler)>, LocalStorage>);

impl Keys {
    /// The window's listener; once, at the root of the page.
    pub fn listen() -> Keys {
        let keys = Keys(StoredValue::new_local(Vec::new()));
        let listener = window_event_listener(ev::keydown, move |e| {
            // A copy of the list: a handler may add or remove handlers.
            let handlers: Vec<Handler> = keys
                .0
                .with_value(|list| list.iter().map(|(_, h)| h.clone()).collect());
            for handler in handlers {
                if handler(&e) {
                    break;
                }
            }
        });
        on_cleanup(move || listener.remove());
        keys
    }

    /// Takes keys while the calling component is on the page (handlers
    /// are asked in the order they were added).
    pub fn take(handler: impl Fn(&web_sys::KeyboardEvent) -> bool + 'static) {
        let Some(keys) = use_context::<Keys>() else {
            return;
        };
        let id = NEXT.fetch_add(1, Ordering::Relaxed);
        keys.0
            .update_value(|list| list.push((id, Rc::new(handler))));
        on_cleanup(move || {
            let _ = keys
                .0
                .try_update_value(|list| list.retain(|(i, _)| *i != id));
        });
    }
}

static NEXT: AtomicUsize = AtomicUsize::new(0);
