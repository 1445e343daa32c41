#pragma once
#include "core/faqarticlefile.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace okpay::server {

// Articles are parsed by okpay_core, the same code that reads the wallet's bundled copy.
using okpay::FaqArticleFile;

struct FaqLoadStats
{
    int added = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
};

// Brings the FAQ tables in line with a directory holding <locale>/<id>.md for the supported locales: new and changed
// articles get the locale's next revision, articles no longer present are marked deleted (so `since` deltas can
// report them). Idempotent: loading the same content again changes nothing.
std::optional<FaqLoadStats> loadFaqFromDirectory(const Database &db, const QString &dir, QString *error = nullptr);

// Loads the FAQ compiled into the server (":/okpay-faq") if the FAQ tables are still empty.
void ensureBundledFaqLoaded(const Database &db);

const QStringList &faqLocales();  // en, zh_CN

} // namespace okpay::server
