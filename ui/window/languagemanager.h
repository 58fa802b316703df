#pragma once

#include <QObject>
#include <QString>

namespace herkomst::ui {

// The screen language (core's Language, which the command line shares). Dutch is the source
// language, so switching to Dutch removes the translators; English loads the embedded
// herkomst_en.qm and Qt's own strings. Installing a translator makes Qt send LanguageChange to
// every widget, which retranslates live.
class LanguageManager : public QObject {
    Q_OBJECT

public:
    static LanguageManager &instance();

    // "nl" or "en"; unknown languages fall back to Dutch. False when a translation is missing.
    bool setLanguage(const QString &language);
    QString language() const;
    static QStringList availableLanguages();              // {"nl", "en"}
    static QString languageName(const QString &language); // in that language: "Nederlands", "English"

private:
    LanguageManager();
};

} // namespace herkomst::ui
