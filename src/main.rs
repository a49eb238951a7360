fn main() {
    leptos::mount::mount_to_body(jeugdhulp_app::App);
}
