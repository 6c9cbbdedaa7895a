/// Placeholder so the module builds; replaced by its issue.
enum ReleaseCheckerPlaceholder {}
