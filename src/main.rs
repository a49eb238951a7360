use std::time::Duration;

use leptos::prelude::set_timeout;

fn main() {
    start(0);
}

/// The start in tasks of their own, none long (issue 23): after the one
/// that instantiated the wasm, reading the working copy (or the example),
/// projecting it, then building the page (whose parts follow in
/// `build_in_parts`). One closure for every step: each `set_timeout` with a
/// closure of its own adds to the wasm.
fn start(step: u8) {
    set_timeout(
        move || {
            match step {
                0 => jeugdhulp_app::read_start(),
                1 => jeugdhulp_app::project_start(),
                _ => return leptos::mount::mount_to_body(jeugdhulp_app::App),
            }
            start(step + 1);
        },
        Duration::ZERO,
    );
}
