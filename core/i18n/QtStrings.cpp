// Qt's own widget strings that Debian ships no Norwegian Bokmål translation for (there is no
// qtbase_nb.qm). Listing them here lets lupdate put them in our .ts files, so standard buttons
// and text-field menus speak the user's language too. Nothing calls this code.
#include <QtGlobal>

namespace relatio::detail {

[[maybe_unused]] static const char *const kQtStrings[][2] = {
    QT_TRANSLATE_NOOP3("QPlatformTheme", "OK", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Save", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Open", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Cancel", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Close", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Discard", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Apply", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Reset", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Help", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "&Yes", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "&No", ""),
    QT_TRANSLATE_NOOP3("QPlatformTheme", "Don't Save", ""),
    QT_TRANSLATE_NOOP3("QLineEdit", "&Undo", ""),
    QT_TRANSLATE_NOOP3("QLineEdit", "&Redo", ""),
    QT_TRANSLATE_NOOP3("QLineEdit", "Cu&t", ""),
    QT_TRANSLATE_NOOP3("QLineEdit", "&Copy", ""),
    QT_TRANSLATE_NOOP3("QLineEdit", "&Paste", ""),
    QT_TRANSLATE_NOOP3("QLineEdit", "Delete", ""),
    QT_TRANSLATE_NOOP3("QLineEdit", "Select All", ""),
    QT_TRANSLATE_NOOP3("QWidgetTextControl", "&Undo", ""),
    QT_TRANSLATE_NOOP3("QWidgetTextControl", "&Redo", ""),
    QT_TRANSLATE_NOOP3("QWidgetTextControl", "Cu&t", ""),
    QT_TRANSLATE_NOOP3("QWidgetTextControl", "&Copy", ""),
    QT_TRANSLATE_NOOP3("QWidgetTextControl", "&Paste", ""),
    QT_TRANSLATE_NOOP3("QWidgetTextControl", "Delete", ""),
    QT_TRANSLATE_NOOP3("QWidgetTextControl", "Select All", ""),
    QT_TRANSLATE_NOOP3("QWizard", "< &Back", ""),
    QT_TRANSLATE_NOOP3("QWizard", "&Next >", ""),
    QT_TRANSLATE_NOOP3("QWizard", "&Finish", ""),
    QT_TRANSLATE_NOOP3("QWizard", "Cancel", ""),
    QT_TRANSLATE_NOOP3("QWizard", "&Help", ""),
    QT_TRANSLATE_NOOP3("QWizard", "Commit", ""),
};

} // namespace relatio::detail
