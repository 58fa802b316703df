#include "session/jsonfieldreader.h"

#include <cmath>

namespace herkomst {

QJsonValue JsonFieldReader::value(const QJsonObject &object, const QString &parent, const char *key, bool required)
{
    QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined() && required)
        fail(tr("veld \"%1\" ontbreekt").arg(path(parent, key)));
    return v;
}

QString JsonFieldReader::string(const QJsonObject &object, const QString &parent, const char *key, bool required)
{
    const QJsonValue v = value(object, parent, key, required);
    if (v.isUndefined())
        return {};
    if (!v.isString())
        wrongType(parent, key, tr("tekst"));
    return v.toString();
}

double JsonFieldReader::number(const QJsonObject &object, const QString &parent, const char *key)
{
    const QJsonValue v = value(object, parent, key, true);
    if (!v.isUndefined() && !v.isDouble())
        wrongType(parent, key, tr("getal"));
    return v.toDouble();
}

int JsonFieldReader::integer(const QJsonObject &object, const QString &parent, const char *key, bool required,
                             int fallback, int minimum, int maximum)
{
    const QJsonValue v = value(object, parent, key, required);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d)) {
        wrongType(parent, key, tr("geheel getal"));
        return fallback;
    }
    if (d < minimum || d > maximum) {
        fail(tr("veld \"%1\" is %2, maar moet tussen %3 en %4 liggen")
                 .arg(path(parent, key))
                 .arg(d)
                 .arg(minimum)
                 .arg(maximum));
        return fallback;
    }
    return int(d);
}

bool JsonFieldReader::boolean(const QJsonObject &object, const QString &parent, const char *key, bool required,
                              bool fallback)
{
    const QJsonValue v = value(object, parent, key, required);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        wrongType(parent, key, tr("true of false"));
    return v.toBool(fallback);
}

QJsonObject JsonFieldReader::object(const QJsonObject &object, const QString &parent, const char *key, bool required)
{
    const QJsonValue v = value(object, parent, key, required);
    if (!v.isUndefined() && !v.isObject())
        wrongType(parent, key, tr("object"));
    return v.toObject();
}

QJsonArray JsonFieldReader::array(const QJsonObject &object, const QString &parent, const char *key, bool required)
{
    const QJsonValue v = value(object, parent, key, required);
    if (!v.isUndefined() && !v.isArray())
        wrongType(parent, key, tr("lijst"));
    return v.toArray();
}

QStringList JsonFieldReader::strings(const QJsonObject &object, const QString &parent, const char *key)
{
    QStringList list;
    const QJsonArray items = array(object, parent, key, false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isString())
            fail(tr("veld \"%1[%2]\" moet tekst zijn").arg(path(parent, key)).arg(i));
        list << items[i].toString();
    }
    return list;
}

void JsonFieldReader::fail(const QString &message)
{
    if (mFailed)
        return;
    mFailed = true;
    if (mError)
        *mError = tr("%1 kan niet worden geopend: %2.").arg(mSourceName, message);
}

QString JsonFieldReader::path(const QString &parent, const char *key)
{
    return parent.isEmpty() ? QLatin1String(key) : parent + QLatin1Char('.') + QLatin1String(key);
}

void JsonFieldReader::wrongType(const QString &parent, const char *key, const QString &expected)
{
    fail(tr("veld \"%1\" heeft het verkeerde type (verwacht: %2)").arg(path(parent, key), expected));
}

} // namespace herkomst
