#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace herkomst {

// Reads typed fields from JSON and names the first problem by its path ("criteria[2].metric"),
// in one Dutch message that starts with the source (a file name, or "de vorige sessie").
class JsonFieldReader {
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    JsonFieldReader(const QString &sourceName, QString *error) : mSourceName(sourceName), mError(error) {}

    bool failed() const { return mFailed; }

    QJsonValue value(const QJsonObject &object, const QString &parent, const char *key, bool required);
    QString string(const QJsonObject &object, const QString &parent, const char *key, bool required = true);
    double number(const QJsonObject &object, const QString &parent, const char *key);
    int integer(const QJsonObject &object, const QString &parent, const char *key, bool required, int fallback,
                int minimum, int maximum);
    bool boolean(const QJsonObject &object, const QString &parent, const char *key, bool required, bool fallback);
    QJsonObject object(const QJsonObject &object, const QString &parent, const char *key, bool required = true);
    QJsonArray array(const QJsonObject &object, const QString &parent, const char *key, bool required = true);
    QStringList strings(const QJsonObject &object, const QString &parent, const char *key);

    // Only the first problem is reported: it is the one to fix first.
    void fail(const QString &message);

private:
    static QString path(const QString &parent, const char *key);
    void wrongType(const QString &parent, const char *key, const QString &expected);

    QString mSourceName;
    QString *mError;
    bool mFailed = false;
};

} // namespace herkomst
