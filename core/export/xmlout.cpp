#include "export/xmlout.h"

namespace herkomst {

XmlOut::XmlOut() : mWriter(&mBytes)
{
    mWriter.writeStartDocument(QStringLiteral("1.0"), true);
}

void XmlOut::start(const char *name)
{
    mWriter.writeStartElement(QLatin1String(name));
}

void XmlOut::end()
{
    mWriter.writeEndElement();
}

void XmlOut::attr(const char *name, const QString &value)
{
    mWriter.writeAttribute(QLatin1String(name), value);
}

void XmlOut::attr(const char *name, const char *value)
{
    mWriter.writeAttribute(QLatin1String(name), QLatin1String(value));
}

void XmlOut::attr(const char *name, qint64 value)
{
    mWriter.writeAttribute(QLatin1String(name), QString::number(value));
}

void XmlOut::text(const QString &text)
{
    mWriter.writeCharacters(text);
}

void XmlOut::leaf(const char *name, const char *attribute, const QString &value)
{
    mWriter.writeEmptyElement(QLatin1String(name));
    if (attribute)
        mWriter.writeAttribute(QLatin1String(attribute), value);
}

void XmlOut::leaf(const char *name, std::initializer_list<XmlAttribute> attributes)
{
    mWriter.writeEmptyElement(QLatin1String(name));
    for (const XmlAttribute &a : attributes)
        mWriter.writeAttribute(QLatin1String(a.name), a.value);
}

QByteArray XmlOut::finish()
{
    mWriter.writeEndDocument();
    return mBytes;
}

} // namespace herkomst
