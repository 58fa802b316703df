#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace herkomst {

// Reads a GNU gettext .mo catalogue (iso-codes ships its translations that way).
class GettextCatalog {
public:
    // Returns false when the data is no valid .mo file.
    bool load(const QByteArray &data);
    QString translate(const QString &source) const { return mTranslations.value(source, source); }
    int size() const { return int(mTranslations.size()); }

private:
    QHash<QString, QString> mTranslations;
};

} // namespace herkomst
