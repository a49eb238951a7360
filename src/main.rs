use std::time::Duration;

use leptos::prelude::set_timeout;

fn main() {
    // The start in tasks of their own, none long (issue 23): after the one
    // that instantiated the wasm, reading the working copy (or the example),
    // then building the page (whose parts follow in `build_in_parts`).
    set_timeout(
        || {
            jeugdhulp_app::read_start();
            set_timeout(
                || leptos::mount::mount_to_body(jeugdhulp_app::App),
                Duration::ZERO,
            );
        },
        Duration::ZERO,
    );
}
