#include "ui/dialogs/secretwarningdialog.h"

#include "core/secretguard.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace okpay {

namespace {
QLabel *wrappedLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

bool isCard(const SecretFinding &f)
{
    return f.kind == SecretFinding::Kind::CardNumber;
}
} // namespace

QString SecretWarningDialog::describe(const SecretFinding &finding, const QString &text)
{
    const QString span = text.mid(finding.start, finding.length);
    const auto digits = std::count_if(span.cbegin(), span.cend(), [](QChar c) { return c.isDigit(); });
    switch (finding.kind) {
    case SecretFinding::Kind::RecoveryPhrase:
        return tr("A recovery phrase (the words that restore a wallet)");
    case SecretFinding::Kind::CardNumber:
        return tr("A card number (%1)").arg(SecretGuard::maskCardNumbers(span));
    case SecretFinding::Kind::CardSecurityCode:
        return tr("A card security code (CVV)");
    case SecretFinding::Kind::VerificationCode:
        return tr("A verification code (%n digits)", nullptr, int(digits));
    case SecretFinding::Kind::Password:
        return tr("Your OKPay password");
    }
    return {};
}

SecretWarningDialog::SecretWarningDialog(const QString &text, const QList<SecretFinding> &findings, QWidget *parent)
    : QDialog(parent), m_textToSend(SecretGuard::maskCardNumbers(text))
{
    setObjectName(QStringLiteral("secretWarningDialog"));
    setWindowTitle(tr("Check your message before sending"));
    setMinimumWidth(520);

    QStringList lines;
    for (const SecretFinding &finding : findings) {
        const QString line = QStringLiteral("• ") + describe(finding, text);
        if (!lines.contains(line))
            lines << line;
    }
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("secretWarningIcon"));
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    auto *heading = wrappedLabel(QStringLiteral("secretWarningHeading"), tr("Your message seems to contain:"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *found = wrappedLabel(QStringLiteral("secretWarningFindings"), lines.join(u'\n'), this);
    auto *never = wrappedLabel(QStringLiteral("secretWarningNever"),
                               tr("OKPay staff will never ask for your password, verification codes or recovery phrase."), this);
    never->setFont(bold);

    const bool cards = std::any_of(findings.cbegin(), findings.cend(), isCard);
    const bool others = !std::all_of(findings.cbegin(), findings.cend(), isCard);
    QStringList outcome;
    if (cards)
        outcome << tr("If you send anyway, card numbers are masked: only their first 6 and last 4 digits are sent.");
    if (others && cards)
        outcome << tr("Everything else is sent exactly as you typed it, and anyone who reads it could use it to take "
                      "over your account. Send it only if you are sure.");
    else if (others)
        outcome << tr("If you send anyway, it is sent exactly as you typed it, and anyone who reads it could use it to "
                      "take over your account. Send it only if you are sure.");
    auto *outcomeLabel = wrappedLabel(QStringLiteral("secretWarningOutcome"), outcome.join(u' '), this);

    auto *top = new QHBoxLayout;
    auto *words = new QVBoxLayout;
    words->addWidget(heading);
    words->addWidget(found);
    words->addSpacing(6);
    words->addWidget(never);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(words, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(outcomeLabel);
    addPreview(findings);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *edit = buttons->addButton(tr("Edit message"), QDialogButtonBox::RejectRole);
    edit->setObjectName(QStringLiteral("secretWarningEdit"));
    m_send = buttons->addButton(tr("Send anyway"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("secretWarningSend"));
    m_send->setAutoDefault(false);
    edit->setDefault(true);
    edit->setFocus();
    if (others) {
        m_insist = new QCheckBox(tr("I understand: send what I typed anyway"), this);
        m_insist->setObjectName(QStringLiteral("secretWarningInsist"));
        m_send->setEnabled(false);
        connect(m_insist, &QCheckBox::toggled, m_send, &QPushButton::setEnabled);
        layout->addWidget(m_insist);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

// The text as it would be sent, with what was found highlighted, so "what will be sent" is never a guess.
void SecretWarningDialog::addPreview(const QList<SecretFinding> &findings)
{
    auto *caption = wrappedLabel(QStringLiteral("secretWarningPreviewCaption"), tr("What “Send anyway” would send:"), this);
    auto *preview = new QPlainTextEdit(m_textToSend, this);
    preview->setObjectName(QStringLiteral("secretWarningPreview"));
    preview->setAccessibleName(tr("The message as it would be sent"));
    preview->setReadOnly(true);
    preview->setMinimumHeight(90);
    QList<QTextEdit::ExtraSelection> marks;
    for (const SecretFinding &finding : findings) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(preview->document());
        // Masking keeps every position (one '•' per digit), so the offsets still fit the shown text.
        mark.cursor.setPosition(int(finding.start));
        mark.cursor.setPosition(int(finding.start + finding.length), QTextCursor::KeepAnchor);
        mark.format.setBackground(QColor(0xff, 0xe0, 0x82));
        mark.format.setForeground(QColor(0x3d, 0x2e, 0x00));
        marks.append(mark);
    }
    preview->setExtraSelections(marks);
    caption->setBuddy(preview);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(caption);
    layout->addWidget(preview, 1);  // takes the room the dialog has to spare
}

bool SecretWarningDialog::confirmSend(QWidget *parent, const SecretGuard &guard, QString *text)
{
    const QList<SecretFinding> findings = guard.scan(*text);
    if (findings.isEmpty())
        return true;
    SecretWarningDialog dialog(*text, findings, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *text = dialog.textToSend();
    return true;
}

} // namespace okpay
