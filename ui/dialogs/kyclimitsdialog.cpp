#include "ui/dialogs/kyclimitsdialog.h"

#include "core/moneyformat.h"
#include "ui/dialogs/kycdocumentdialog.h"
#include "ui/funding/kyctext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace okpay {

namespace {
QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString documentState(const KycDocument &document)
{
    if (document.status == u"accepted")
        return KycLimitsDialog::tr("accepted");
    if (document.status == u"rejected")
        return document.rejectionReason.isEmpty() ? KycLimitsDialog::tr("rejected")
                                                  : KycLimitsDialog::tr("rejected: %1").arg(document.rejectionReason);
    return KycLimitsDialog::tr("under review");
}
} // namespace

KycLimitsDialog::KycLimitsDialog(KycService *kyc, const QString &currency, const QString &direction,
                                 const std::optional<Money> &attempted, QWidget *parent)
    : QDialog(parent), m_kyc(kyc), m_currency(currency), m_direction(direction), m_attempted(attempted),
      m_state(wrappedLabel(QStringLiteral("kycLimitsState"), this)), m_content(new QWidget(this)),
      m_explanation(wrappedLabel(QStringLiteral("kycLimitsExplanation"), m_content)),
      m_level(wrappedLabel(QStringLiteral("kycLimitsLevel"), m_content)),
      m_limitsTitle(wrappedLabel(QStringLiteral("kycLimitsTitle"), m_content)),
      m_next(wrappedLabel(QStringLiteral("kycLimitsNextLevel"), m_content)),
      m_review(wrappedLabel(QStringLiteral("kycReviewStatus"), m_content)),
      m_documents(wrappedLabel(QStringLiteral("kycDocuments"), m_content)), m_retry(new QPushButton(tr("Try again"), this)),
      m_verify(new QPushButton(tr("Verify my identity"), this))
{
    setObjectName(QStringLiteral("kycLimitsDialog"));
    setWindowTitle(attempted ? tr("Over your limit") : tr("Limits and verification"));
    setMinimumWidth(520);
    QFont strong = m_explanation->font();
    strong.setBold(true);
    m_explanation->setFont(strong);
    m_limitsTitle->setFont(strong);
    m_retry->setObjectName(QStringLiteral("kycLimitsRetry"));
    m_verify->setObjectName(QStringLiteral("kycVerifyButton"));
    m_verify->setAccessibleName(tr("Verify my identity"));

    auto *limits = new QFormLayout;
    for (const char *kind : {"single_topup", "topup", "single_withdrawal", "withdrawal"}) {
        const QString name = QLatin1String(kind);
        QLabel *value = wrappedLabel(QStringLiteral("kycLimit_") + name, m_content);
        value->setWordWrap(false);  // short; a wrapped label in a form row gets squeezed when the dialog grows
        value->setAccessibleName(KycText::limitName(name));
        limits->addRow(KycText::limitName(name), value);
        m_limitValues.insert(name, value);
    }
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(8);
    content->addWidget(m_explanation);
    content->addWidget(m_level);
    content->addWidget(m_limitsTitle);
    content->addLayout(limits);
    content->addWidget(m_next);
    content->addWidget(m_review);
    content->addWidget(m_documents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("kycLimitsClose"));
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    auto *learnMore = buttons->addButton(tr("Learn more"), QDialogButtonBox::HelpRole);
    learnMore->setObjectName(QStringLiteral("kycLimitsLearnMore"));
    learnMore->setAccessibleName(tr("Learn more about verification levels and limits"));
    connect(learnMore, &QPushButton::clicked, this, [this] {
        emit articleRequested(QStringLiteral("kyc-levels-and-limits"));
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_content);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &KycLimitsDialog::load);
    connect(m_verify, &QPushButton::clicked, this, &KycLimitsDialog::openUpload);
    connect(m_kyc, &KycService::loaded, this, &KycLimitsDialog::showStatus);
    connect(m_kyc, &KycService::loadFailed, this, [this](const QString &message) {
        m_state->setText(tr("Your limits could not be loaded. %1").arg(message));
        m_retry->show();
        adjustSize();
    });
    load();
}

void KycLimitsDialog::load()
{
    m_state->setText(m_loaded ? tr("Updating…") : tr("Loading your limits…"));
    m_state->show();
    m_retry->hide();
    if (!m_loaded) {
        m_content->hide();
        m_verify->hide();
    }
    m_kyc->load();
}

void KycLimitsDialog::showStatus(const KycStatus &status)
{
    m_status = status;
    m_loaded = true;
    m_state->hide();
    m_content->show();
    if (m_attempted) {
        const std::optional<KycLimit> hit = status.limitExceededBy(m_direction, *m_attempted);
        m_explanation->setText(hit ? KycText::exceeded(*hit, *m_attempted, locale())
                                   : tr("%1 needs a higher verification level than your account has.")
                                         .arg(MoneyFormat::withSymbol(*m_attempted, locale())));
    }
    m_explanation->setVisible(m_attempted.has_value());
    m_level->setText(tr("Your verification level: %1").arg(KycText::level(status.level)));
    m_limitsTitle->setText(tr("Your limits in %1").arg(m_currency));
    for (auto it = m_limitValues.cbegin(); it != m_limitValues.cend(); ++it) {
        const std::optional<KycLimit> limit = status.limit(it.key(), m_currency);
        it.value()->setText(limit ? KycText::limitValue(*limit, locale()) : tr("No limit"));
    }
    m_next->setText(KycText::nextLevel(status, locale()));
    if (status.review == KycStatus::Review::Pending)
        m_review->setText(tr("Review: %1. Your limits are raised when your documents are approved.").arg(KycText::review(status.review)));
    else if (status.review == KycStatus::Review::Rejected && !status.rejectionReason.isEmpty())
        m_review->setText(tr("Review: %1. %2").arg(KycText::review(status.review), status.rejectionReason));
    else
        m_review->setText(tr("Review: %1.").arg(KycText::review(status.review)));
    QStringList documents;
    for (const KycDocument &d : std::as_const(status.documents).mid(0, 5))
        documents << tr("%1: %2").arg(KycText::documentType(d.documentType), documentState(d));
    m_documents->setText(documents.join(u'\n'));
    m_documents->setVisible(!documents.isEmpty());
    m_verify->setVisible(status.level >= 1 && !status.nextLevelRequirements.isEmpty());
    m_verify->setText(status.missingDocuments().isEmpty() && status.review == KycStatus::Review::Pending ? tr("Send another document")
                                                                                                       : tr("Verify my identity"));
    adjustSize();  // the content has changed since the dialog was sized
}

void KycLimitsDialog::openUpload()
{
    QStringList suggested = m_status.missingDocuments();
    if (suggested.isEmpty())
        suggested = m_status.nextLevelRequirements;
    auto *upload = new KycDocumentDialog(m_kyc, suggested, this);
    upload->setAttribute(Qt::WA_DeleteOnClose);
    connect(upload, &QDialog::finished, this, &KycLimitsDialog::load);  // the review state has changed
    upload->open();
}

} // namespace okpay
