fn main() {
    // The app is built in a task of its own, after the one that instantiated
    // the wasm, so neither blocks the page for long (issue 23; the parts of
    // the page follow in `build_in_parts`).
    leptos::prelude::set_timeout(
        || leptos::mount::mount_to_body(jeugdhulp_app::App),
        std::time::Duration::ZERO,
    );
}
