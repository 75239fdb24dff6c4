// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/cql2expression.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Catalog", text); }

struct Token {
    enum class Kind { Name, Number, Text, Operator, Open, Close, Comma, End };
    Kind kind = Kind::End;
    QString text;
    qsizetype position = 0;
};

/// Splits the expression into tokens; property names may hold ':' '.' '-' (eo:cloud_cover).
class Lexer {
public:
    explicit Lexer(const QString& text) : m_text(text) {}

    Base::Result<QList<Token>> tokens()
    {
        QList<Token> out;
        qsizetype i = 0;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.position = i;
            if (c == u'(' || c == u')' || c == u',') {
                t.kind = c == u'(' ? Token::Kind::Open : c == u')' ? Token::Kind::Close : Token::Kind::Comma;
                t.text = c;
                ++i;
            } else if (c == u'\'' || c == u'"') {
                const qsizetype end = m_text.indexOf(c, i + 1);
                if (end < 0) return error(i, tr("a quote is not closed"));
                t.kind = Token::Kind::Text;
                t.text = m_text.mid(i + 1, end - i - 1);
                i = end + 1;
            } else if (QStringLiteral("<>=!").contains(c)) {
                qsizetype end = i + 1;
                while (end < m_text.size() && QStringLiteral("<>=").contains(m_text.at(end))) ++end;
                t.kind = Token::Kind::Operator;
                t.text = m_text.mid(i, end - i);
                static const QStringList known{QStringLiteral("="), QStringLiteral("<>"), QStringLiteral("!="),
                                               QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"),
                                               QStringLiteral(">=")};
                if (!known.contains(t.text)) return error(i, tr("unknown operator '%1'").arg(t.text));
                i = end;
            } else {
                qsizetype end = i;
                while (end < m_text.size() && !m_text.at(end).isSpace() && !QStringLiteral("()<>=!,'\"").contains(m_text.at(end)))
                    ++end;
                t.text = m_text.mid(i, end - i);
                bool number = false;
                t.text.toDouble(&number);
                t.kind = number ? Token::Kind::Number : Token::Kind::Name;
                i = end;
            }
            out << t;
        }
        out << Token{Token::Kind::End, {}, m_text.size()};
        return out;
    }

    Base::Error error(qsizetype position, const QString& what) const
    {
        return Base::Error(Base::Error::Kind::InvalidInput, m_text,
                           tr("Filter: %1 (at character %2)").arg(what).arg(position + 1));
    }

private:
    const QString& m_text;
};

class Parser {
public:
    Parser(const QString& text, QList<Token> tokens, const QList<Queryable>& queryables)
        : m_text(text), m_tokens(std::move(tokens)), m_queryables(queryables)
    {
    }

    Base::Result<QJsonObject> parseAll()
    {
        Base::Result<QJsonObject> e = orExpression();
        if (!e) return e;
        if (peek().kind != Token::Kind::End) return error(peek(), tr("unexpected '%1'").arg(peek().text));
        return e;
    }

private:
    const Token& peek() const { return m_tokens.at(m_index); }
    Token take() { return m_tokens.at(m_index++); }
    bool takeWord(const char* word)
    {
        if (peek().kind == Token::Kind::Name && peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0) {
            ++m_index;
            return true;
        }
        return false;
    }
    Base::Error error(const Token& at, const QString& what) const
    {
        return Base::Error(Base::Error::Kind::InvalidInput, m_text,
                           tr("Filter: %1 (at character %2)").arg(what).arg(at.position + 1));
    }

    static QJsonObject join(const char* op, const QJsonArray& args)
    {
        if (args.size() == 1) return args.first().toObject();
        return QJsonObject{{QStringLiteral("op"), QLatin1String(op)}, {QStringLiteral("args"), args}};
    }

    Base::Result<QJsonObject> orExpression()
    {
        QJsonArray args;
        do {
            Base::Result<QJsonObject> e = andExpression();
            if (!e) return e;
            args << *e;
        } while (takeWord("or"));
        return join("or", args);
    }

    Base::Result<QJsonObject> andExpression()
    {
        QJsonArray args;
        do {
            Base::Result<QJsonObject> e = term();
            if (!e) return e;
            args << *e;
        } while (takeWord("and"));
        return join("and", args);
    }

    Base::Result<QJsonObject> term()
    {
        if (peek().kind == Token::Kind::Open) {
            take();
            Base::Result<QJsonObject> e = orExpression();
            if (!e) return e;
            if (peek().kind != Token::Kind::Close) return error(peek(), tr("')' expected"));
            take();
            return e;
        }
        return comparison();
    }

    const Queryable* queryable(const QString& name) const
    {
        for (const Queryable& q : m_queryables) {
            if (q.name == name) return &q;
        }
        return nullptr;
    }

    Base::Result<QJsonValue> value(const Queryable* q)
    {
        const Token t = take();
        QJsonValue v;
        if (t.kind == Token::Kind::Number) v = t.text.toDouble();
        else if (t.kind == Token::Kind::Text) v = t.text;
        else if (t.kind == Token::Kind::Name && (t.text == u"true" || t.text == u"false")) v = t.text == u"true";
        else if (t.kind == Token::Kind::Name) v = t.text;
        else return error(t, tr("a value is expected"));
        if (!q) return v;
        const bool numeric = q->type == Queryable::Type::Number || q->type == Queryable::Type::Integer;
        if (numeric && !v.isDouble())
            return error(t, tr("'%1' is a number; '%2' is not").arg(q->name, t.text));
        if (numeric && ((q->minimum && v.toDouble() < *q->minimum) || (q->maximum && v.toDouble() > *q->maximum))) {
            if (q->minimum && q->maximum)
                return error(t, tr("'%1' goes from %2 to %3").arg(q->name).arg(*q->minimum).arg(*q->maximum));
            if (q->minimum) return error(t, tr("'%1' is at least %2").arg(q->name).arg(*q->minimum));
            return error(t, tr("'%1' is at most %2").arg(q->name).arg(*q->maximum));
        }
        if (q->type == Queryable::Type::Boolean && !v.isBool())
            return error(t, tr("'%1' is true or false").arg(q->name));
        if (!q->enumValues.isEmpty() && v.isString() && !q->enumValues.contains(v.toString()))
            return error(t, tr("'%1' is one of: %2").arg(q->name, q->enumValues.join(QStringLiteral(", "))));
        return v;
    }

    Base::Result<QJsonObject> comparison()
    {
        const Token name = take();
        if (name.kind != Token::Kind::Name) return error(name, tr("a property name is expected"));
        const Queryable* q = queryable(name.text);
        if (!m_queryables.isEmpty() && !q) {
            QStringList names;
            for (const Queryable& known : m_queryables) names << known.name;
            return error(name, tr("the catalogue cannot filter on '%1' (it can on: %2)")
                                   .arg(name.text, names.join(QStringLiteral(", "))));
        }
        const QJsonObject property{{QStringLiteral("property"), name.text}};
        if (takeWord("in")) {
            if (peek().kind != Token::Kind::Open) return error(peek(), tr("'(' expected after 'in'"));
            take();
            QJsonArray list;
            do {
                Base::Result<QJsonValue> v = value(q);
                if (!v) return v.error();
                list << *v;
            } while (peek().kind == Token::Kind::Comma && (take(), true));
            if (peek().kind != Token::Kind::Close) return error(peek(), tr("')' expected"));
            take();
            return QJsonObject{{QStringLiteral("op"), QStringLiteral("in")}, {QStringLiteral("args"), QJsonArray{property, list}}};
        }
        QString op;
        if (takeWord("like")) op = QStringLiteral("like");
        else if (peek().kind == Token::Kind::Operator) op = take().text;
        else return error(peek(), tr("an operator (=, <>, <, <=, >, >=, in, like) is expected after '%1'").arg(name.text));
        if (op == u"!=") op = QStringLiteral("<>");
        Base::Result<QJsonValue> v = value(op == u"like" ? nullptr : q);
        if (!v) return v.error();
        return QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("args"), QJsonArray{property, *v}}};
    }

    const QString& m_text;
    QList<Token> m_tokens;
    const QList<Queryable>& m_queryables;
    qsizetype m_index = 0;
};

}  // namespace

Base::Result<QJsonObject> Cql2Expression::parse(const QString& text, const QList<Queryable>& queryables)
{
    if (text.trimmed().isEmpty())
        return Base::Error(Base::Error::Kind::InvalidInput, text, tr("Filter: the expression is empty"));
    Lexer lexer(text);
    Base::Result<QList<Token>> tokens = lexer.tokens();
    if (!tokens) return tokens.error();
    return Parser(text, std::move(*tokens), queryables).parseAll();
}

}  // namespace Estran::Catalog
