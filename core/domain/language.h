#pragma once

#include <QString>
#include <QStringList>

namespace herkomst {

// The language Herkomst speaks, for the window and the command line alike: Dutch, the source
// language, or English through the translation embedded as :/i18n/herkomst_en.qm (built from
// resources/translations). Numbers (NumberFormat), the default locale and Qt's own texts follow.
class Language {
public:
    static QStringList available(); // {"nl", "en"}
    // "en", "en_GB", "en-US" give "en"; anything else "nl".
    static QString normalise(const QString &requested);
    // The environment's language as gettext reads it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else
    // the system's: "en" when it asks for English, else "nl".
    static QString fromEnvironment();
    // Installs the translators for the language (removing the previous ones). False when its
    // translation is missing; the language then falls back to Dutch.
    static bool install(const QString &language);
    static QString current();
};

} // namespace herkomst
