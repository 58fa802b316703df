#include "window/languagemanager.h"

#include "domain/language.h"

#include <QCoreApplication>
#include <QEvent>

namespace herkomst::ui {

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

LanguageManager::LanguageManager() = default;

QStringList LanguageManager::availableLanguages()
{
    return Language::available();
}

QString LanguageManager::languageName(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("English") : QStringLiteral("Nederlands");
}

QString LanguageManager::language() const
{
    return Language::current();
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const bool ok = Language::install(requested);
    if (Language::current() == QLatin1String("nl") && QCoreApplication::instance()) {
        // Back to the source language: no program translator posts a LanguageChange for it.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    return ok;
}

} // namespace herkomst::ui
