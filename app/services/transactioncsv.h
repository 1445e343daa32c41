#pragma once
#include "store/transactionstore.h"

class QIODevice;

namespace okpay {

// Exports the history (as filtered) to CSV for spreadsheets and accountants: locale-independent columns (ISO dates,
// '.' decimals, ISO currency codes), exact amounts from minor units, RFC 4180 quoting, and cells that a spreadsheet
// would run as a formula (=, +, -, @) neutralised with a leading apostrophe.
class TransactionCsv
{
public:
    // Reads the store page by page (never all rows at once); returns the number of rows written, -1 on a write error.
    static qint64 write(const TransactionStore &store, const TransactionFilter &filter, QIODevice &out);
    static QString amountText(const Money &money);  // "-1234.50", "1000" (JPY), "1.234" (KWD)
    static QString cell(const QString &text);
};

} // namespace okpay
