#pragma once
#include "services/faqarticle.h"

namespace okpay {

// A search or suggestion hit with its highlighted texts: HTML-escaped, the matched words in <b>…</b>, ready for a
// rich-text label; nothing else in them is markup.
struct FaqSearchResult
{
    FaqEntry entry;
    QString titleHtml;
    QString snippetHtml;  // about 100 characters of the body around the first match, "…" where it was cut
};

} // namespace okpay
