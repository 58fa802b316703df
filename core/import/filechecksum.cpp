#include "import/filechecksum.h"

#include "import/importtext.h"
#include "io/inputfile.h"

#include <QCoreApplication>
#include <vector>

#ifdef HERKOMST_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace herkomst {

#ifdef HERKOMST_HAVE_OPENSSL
struct Sha256::Private {
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    Private() { EVP_DigestInit_ex(context, EVP_sha256(), nullptr); }
    ~Private() { EVP_MD_CTX_free(context); }
    void add(QByteArrayView bytes) { EVP_DigestUpdate(context, bytes.data(), size_t(bytes.size())); }
    QByteArray result()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(context, digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), int(length));
    }
};
#else
struct Sha256::Private {
    QCryptographicHash hash{QCryptographicHash::Sha256};
    void add(QByteArrayView bytes) { hash.addData(bytes); }
    QByteArray result() { return hash.result(); }
};
#endif

Sha256::Sha256() : d(std::make_unique<Private>()) {}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        d->add(bytes);
}

QString Sha256::hex()
{
    return QString::fromLatin1(d->result().toHex());
}

QString fileSha256(const QString &path, QString *error)
{
    io::SourceError openError;
    const std::unique_ptr<QIODevice> file = io::InputFile::open(path, &openError);
    if (!file) {
        if (error)
            *error = ImportText::tr("Kan %1 niet lezen: %2").arg(path, openError.message);
        return {};
    }
    std::vector<char> buffer(size_t(1) << 20);
    Sha256 sum;
    qint64 n = 0;
    while ((n = file->read(buffer.data(), qint64(buffer.size()))) > 0)
        sum.add(QByteArrayView(buffer.data(), n));
    if (n < 0) {
        if (error)
            *error = ImportText::tr("Kan %1 niet lezen: %2").arg(path, file->errorString());
        return {};
    }
    return sum.hex();
}

} // namespace herkomst
