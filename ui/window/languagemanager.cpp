#include "window/languagemanager.h"

#include "domain/numberformat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace herkomst::ui {

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

LanguageManager::LanguageManager() = default;

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString LanguageManager::languageName(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("English") : QStringLiteral("Nederlands");
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString language = requested.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("nl");
    // Numbers first: the LanguageChange that installing a translator sends re-reads them.
    NumberFormat::setLanguage(language);
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                        : QLocale(QLocale::Dutch, QLocale::Netherlands));
    for (QTranslator **translator : {&mAppTranslator, &mQtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    mLanguage = language;
    bool ok = true;
    const QString qtFile = QStringLiteral("qtbase_") + language;
    auto *qt = new QTranslator;
    if (qt->load(qtFile, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        mQtTranslator = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    if (language != QLatin1String("nl")) {
        auto *app = new QTranslator;
        if (app->load(QStringLiteral(":/i18n/herkomst_") + language)) {
            mAppTranslator = app;
            QCoreApplication::installTranslator(app);
        } else {
            delete app;
            ok = false;
        }
    }
    if (!mAppTranslator && !mQtTranslator && QCoreApplication::instance()) {
        // Back to the source language: nothing installed, so tell the widgets ourselves.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    return ok;
}

} // namespace herkomst::ui
