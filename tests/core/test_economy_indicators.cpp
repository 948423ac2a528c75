// Indicators of core/economy checked against small cases worked out by hand, and the EconGeo
// normalisations against an independent transcription in tests/data/economy/econgeo_reference.py.
#include <doctest/doctest.h>

#include "economy/indicators.h"
#include "economy/matrix.h"

#include <vector>

using namespace regio::economy;

namespace {

using Rows = std::vector<std::vector<double>>;

Matrix make(const Rows& rows, QStringList rowLabels = {}, QStringList colLabels = {})
{
    const std::size_t nr = rows.size();
    const std::size_t nc = rows.empty() ? 0 : rows.front().size();
    if (rowLabels.isEmpty())
        for (std::size_t r = 0; r < nr; ++r)
            rowLabels << QStringLiteral("R%1").arg(r + 1);
    if (colLabels.isEmpty())
        for (std::size_t c = 0; c < nc; ++c)
            colLabels << QString(QChar(u'A' + char16_t(c)));
    Matrix m(rowLabels, colLabels);
    for (std::size_t r = 0; r < nr; ++r)
        for (std::size_t c = 0; c < nc; ++c)
            m(r, c) = rows[r][c];
    return m;
}

void checkMatrix(const Matrix& actual, const Rows& expected)
{
    REQUIRE(actual.rows() == expected.size());
    for (std::size_t r = 0; r < expected.size(); ++r) {
        REQUIRE(actual.cols() == expected[r].size());
        for (std::size_t c = 0; c < expected[r].size(); ++c) {
            INFO("cell (" << r << ", " << c << ")");
            CHECK(actual(r, c) == doctest::Approx(expected[r][c]).epsilon(1e-9));
        }
    }
}

// Four regions × three sectors A, B, C; every region has 100 jobs, sector totals 100, 100, 200,
// total 400. LQ = (E/100) / (col/400) = 4·E/col.
const Rows kEmployment = {
    {10, 20, 70},
    {30, 30, 40},
    {50, 10, 40},
    {10, 40, 50},
};

} // namespace

TEST_CASE("Matrix basics: labels, sums, transpose")
{
    Matrix m = make({{1, 2, 3}, {4, 5, 6}});
    CHECK(m.rows() == 2);
    CHECK(m.cols() == 3);
    CHECK(m.rowSum(1) == 15);
    CHECK(m.colSum(2) == 9);
    CHECK(m.total() == 21);
    CHECK(m.rowIndex(QStringLiteral("R2")) == 1);
    CHECK(m.colIndex(QStringLiteral("C")) == 2);
    CHECK(m.colIndex(QStringLiteral("Z")) == -1);
    const Matrix t = m.transposed();
    CHECK(t(2, 1) == 6);
    CHECK(t.rowLabels() == m.colLabels());
    CHECK_THROWS_AS(m.at(2, 0), std::out_of_range);
    CHECK_THROWS_AS(m.setRowLabels({QStringLiteral("x")}), std::invalid_argument);
}

TEST_CASE("location quotient and binary specialisation, by hand")
{
    // A (col 100): 4·E/100 → 0.4, 1.2, 2.0, 0.4
    // B (col 100): 4·E/100 → 0.8, 1.2, 0.4, 1.6
    // C (col 200): 4·E/200 → 1.4, 0.8, 0.8, 1.0 (exactly 1: not specialised)
    const Matrix lq = locationQuotient(make(kEmployment));
    checkMatrix(lq, {{0.4, 0.8, 1.4}, {1.2, 1.2, 0.8}, {2.0, 0.4, 0.8}, {0.4, 1.6, 1.0}});
    const Matrix m = binarySpecialisation(lq);
    checkMatrix(m, {{0, 0, 1}, {1, 1, 0}, {1, 0, 0}, {0, 1, 0}});
    CHECK(m.colLabels() == lq.colLabels());
}

TEST_CASE("location quotient: empty region and empty sector give 0")
{
    const Matrix lq = locationQuotient(make({{0, 0, 0}, {5, 5, 0}, {10, 0, 0}}));
    // Region 1 has no jobs, sector C none anywhere: 0. Totals: row 2 = 10, row 3 = 10, A = 15,
    // B = 5, total 20. LQ[2,A] = 0.5/0.75 = 2/3; LQ[2,B] = 0.5/0.25 = 2; LQ[3,A] = 1/0.75 = 4/3.
    checkMatrix(lq, {{0, 0, 0}, {2.0 / 3.0, 2.0, 0}, {4.0 / 3.0, 0, 0}});
}

TEST_CASE("co-occurrence and proximity, by hand")
{
    const Matrix m = binarySpecialisation(locationQuotient(make(kEmployment)));
    // M rows: (0,0,1) (1,1,0) (1,0,0) (0,1,0). C = MᵀM: ubiquities A 2, B 2, C 1; A&B in R2 only.
    const Matrix c = coOccurrence(m);
    checkMatrix(c, {{2, 1, 0}, {1, 2, 0}, {0, 0, 1}});
    CHECK(c.rowLabels() == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    // φ[A,B] = 1 / max(2, 2) = 0.5; diagonal 0.
    checkMatrix(proximity(c), {{0, 0.5, 0}, {0.5, 0, 0}, {0, 0, 0}});
    // Unequal ubiquities: φ = C / max(C_ii, C_jj): 2 / max(4, 3) = 0.5, 1 / max(3, 1) = 1/3.
    checkMatrix(proximity(make({{4, 2, 0}, {2, 3, 1}, {0, 1, 1}})),
                {{0, 0.5, 0}, {0.5, 0, 1.0 / 3.0}, {0, 1.0 / 3.0, 0}});
    // No co-occurrence at all: 0 rather than NaN.
    checkMatrix(proximity(make({{0, 0}, {0, 0}})), {{0, 0}, {0, 0}});
}

TEST_CASE("EconGeo relatedness: prob, association, cosine, jaccard (reference by python)")
{
    // Input and expected values: tests/data/economy/econgeo_reference.py (a plain-python
    // transcription of EconGeo R/relatedness.r). Sector F only co-occurs with itself, so its row
    // and column are 0/0 = NaN in R and become 0; diagonals are 0.
    const Matrix c = make({
        {6, 3, 1, 0, 2, 0},
        {3, 5, 4, 1, 0, 0},
        {1, 4, 7, 2, 1, 0},
        {0, 1, 2, 3, 0, 0},
        {2, 0, 1, 0, 4, 0},
        {0, 0, 0, 0, 0, 1},
    });
    SUBCASE("prob")
    {
        checkMatrix(coOccurrenceRelatedness(c, CoOccurrenceMethod::Probability),
                    {{0.0, 1.3095238095238095, 0.4365079365079365, 0.0, 2.6004728132387713, 0.0},
                     {1.3095238095238095, 0.0, 1.25, 0.925925925925926, 0.0, 0.0},
                     {0.4365079365079365, 1.25, 0.0, 1.851851851851852, 0.925925925925926, 0.0},
                     {0.0, 0.925925925925926, 1.851851851851852, 0.0, 0.0, 0.0},
                     {2.6004728132387713, 0.0, 0.925925925925926, 0.0, 0.0, 0.0},
                     {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}});
    }
    SUBCASE("association")
    {
        checkMatrix(coOccurrenceRelatedness(c, CoOccurrenceMethod::Association),
                    {{0.0, 1.7500000000000002, 0.5833333333333334, 0.0, 3.111111111111111, 0.0},
                     {1.7500000000000002, 0.0, 1.75, 1.1666666666666667, 0.0, 0.0},
                     {0.5833333333333334, 1.75, 0.0, 2.3333333333333335, 1.1666666666666667, 0.0},
                     {0.0, 1.1666666666666667, 2.3333333333333335, 0.0, 0.0, 0.0},
                     {3.111111111111111, 0.0, 1.1666666666666667, 0.0, 0.0, 0.0},
                     {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}});
    }
    SUBCASE("cosine")
    {
        checkMatrix(coOccurrenceRelatedness(c, CoOccurrenceMethod::Cosine),
                    {{0.0, 0.43301270189221935, 0.14433756729740646, 0.0, 0.47140452079103173, 0.0},
                     {0.43301270189221935, 0.0, 0.5, 0.20412414523193154, 0.0, 0.0},
                     {0.14433756729740646, 0.5, 0.0, 0.4082482904638631, 0.20412414523193154, 0.0},
                     {0.0, 0.20412414523193154, 0.4082482904638631, 0.0, 0.0, 0.0},
                     {0.47140452079103173, 0.0, 0.20412414523193154, 0.0, 0.0, 0.0},
                     {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}});
    }
    SUBCASE("jaccard")
    {
        checkMatrix(coOccurrenceRelatedness(c, CoOccurrenceMethod::Jaccard),
                    {{0.0, 0.2727272727272727, 0.07692307692307693, 0.0, 0.2857142857142857, 0.0},
                     {0.2727272727272727, 0.0, 0.3333333333333333, 0.1, 0.0, 0.0},
                     {0.07692307692307693, 0.3333333333333333, 0.0, 0.2222222222222222, 0.1, 0.0},
                     {0.0, 0.1, 0.2222222222222222, 0.0, 0.0, 0.0},
                     {0.2857142857142857, 0.0, 0.1, 0.0, 0.0, 0.0},
                     {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}});
    }
    SUBCASE("cosine by hand for one cell")
    {
        // Off-diagonal column sums: A 6, B 8, C 8, D 3, E 3. cosine[A,B] = 3 / sqrt(6·8).
        CHECK(coOccurrenceRelatedness(c, CoOccurrenceMethod::Cosine)(0, 1)
              == doctest::Approx(3.0 / std::sqrt(48.0)).epsilon(1e-12));
    }
    SUBCASE("all zero: every method gives 0")
    {
        const Matrix zero = make({{0, 0}, {0, 0}});
        for (auto method : {CoOccurrenceMethod::Probability, CoOccurrenceMethod::Association,
                            CoOccurrenceMethod::Cosine, CoOccurrenceMethod::Jaccard})
            checkMatrix(coOccurrenceRelatedness(zero, method), {{0, 0}, {0, 0}});
    }
}

TEST_CASE("skill-relatedness from flows, by hand (Neffke & Henning 2013)")
{
    // Diagonal (99) is ignored. Off-diagonal: out A 12, B 10, C 6; in A 8, B 14, C 6; total 28.
    // SR[A,B] = 10 / (12·14/28) = 5/3 → SR~ = (2/3)/(8/3) = 0.25
    // SR[B,A] = 6 / (10·8/28) = 2.1 → SR~ = 1.1/3.1
    // SR[A,C] = 2 / (12·6/28) = 7/9 → SR~ = (−2/9)/(16/9) = −0.125
    // SR[C,A] = 2 / (6·8/28) = 7/6 → SR~ = (1/6)/(13/6) = 1/13
    // SR[B,C] = 4 / (10·6/28) = 28/15 → SR~ = 13/43;  SR[C,B] = 4 / (6·14/28) = 4/3 → SR~ = 1/7
    const Matrix f = make({{99, 10, 2}, {6, 99, 4}, {2, 4, 99}});
    checkMatrix(skillRelatednessDirected(f),
                {{0, 0.25, -0.125}, {1.1 / 3.1, 0, 13.0 / 43.0}, {1.0 / 13.0, 1.0 / 7.0, 0}});
    const double ab = (0.25 + 1.1 / 3.1) / 2.0;  // 0.3024193548387097
    const double ac = (-0.125 + 1.0 / 13.0) / 2.0;  // −0.024038461538461557
    const double bc = (13.0 / 43.0 + 1.0 / 7.0) / 2.0;  // 0.22259136212624583
    checkMatrix(skillRelatedness(f), {{0, ab, ac}, {ab, 0, bc}, {ac, bc, 0}});
    CHECK(ab == doctest::Approx(0.3024193548387097).epsilon(1e-12));
}

TEST_CASE("skill-relatedness: undefined directions")
{
    // C has outflows only (no inflows): SR~[·,C] undefined, the C→A direction alone is used.
    // Out: A 5, B 5, C 2; in: A 7, B 5, C 0; total 12.
    // SR~[A,B]: SR = 5/(5·5/12) = 2.4 → 1.4/3.4;  SR~[B,A]: SR = 5/(5·7/12) = 12/7 → 5/19
    // SR~[C,A]: SR = 2/(2·7/12) = 12/7 → 5/19;    SR~[C,B]: SR = 0 → −1
    const Matrix f = make({{0, 5, 0}, {5, 0, 0}, {2, 0, 0}});
    const double ab = (1.4 / 3.4 + 5.0 / 19.0) / 2.0;  // 0.33746130030959753
    checkMatrix(skillRelatedness(f), {{0, ab, 5.0 / 19.0}, {ab, 0, -1.0}, {5.0 / 19.0, -1.0, 0}});
    // No flows at all: 0 everywhere.
    checkMatrix(skillRelatedness(make({{0, 0}, {0, 0}})), {{0, 0}, {0, 0}});
}

TEST_CASE("relatedness density and embeddedness, by hand")
{
    const Matrix m = binarySpecialisation(locationQuotient(make(kEmployment)));
    // w with a negative cell (clamped to 0). Denominators (j ≠ i): A 0.7, B 0.5, C 0.2.
    const Matrix w = make({{0.9, 0.5, 0.2}, {0.5, 0.9, -0.3}, {0.2, -0.3, 0.9}}, {"A", "B", "C"}, {"A", "B", "C"});
    // R1 M=(0,0,1): A 100·0.2/0.7, B 0, C 0
    // R2 M=(1,1,0): A 100·0.5/0.7, B 100·0.5/0.5, C 100·0.2/0.2
    // R3 M=(1,0,0): A 0 (own sector excluded), B 100, C 100
    // R4 M=(0,1,0): A 100·0.5/0.7, B 0, C 0
    const Rows expected = {{20.0 / 0.7, 0, 0}, {50.0 / 0.7, 100, 100}, {0, 100, 100}, {50.0 / 0.7, 0, 0}};
    checkMatrix(relatednessDensity(m, w), expected);
    checkMatrix(embeddedness(m, w), expected);
    // A sector without any related sector has density 0.
    checkMatrix(relatednessDensity(make({{1, 0}}), make({{0, 0}, {0, 0}})), {{0, 0}});
    CHECK_THROWS_AS(relatednessDensity(m, make({{0, 1}, {1, 0}})), std::invalid_argument);
}

TEST_CASE("median: odd, even, ties, empty")
{
    CHECK(median({3, 1, 2}) == 2);
    CHECK(median({1, 3, 2, 10}) == 2.5);
    CHECK(median({5, 5, 5, 1}) == 5);
    CHECK(median({}) == 0);
}

TEST_CASE("SWOT per region with median and explicit threshold")
{
    const Matrix lq = locationQuotient(make(kEmployment));
    const Matrix m = binarySpecialisation(lq);
    const Matrix w = make({{0, 0.5, 0.2}, {0.5, 0, -0.3}, {0.2, -0.3, 0}}, {"A", "B", "C"}, {"A", "B", "C"});
    const Matrix emb = embeddedness(m, w);
    // Region R2: LQ (1.2, 1.2, 0.8), embeddedness (71.43, 100, 100); median 100. "Well embedded"
    // is strictly above: none, so A and B are Threats (Bedreiging), C is a Weakness (Zwakte).
    SwotResult s = swot(lq, emb, 1);
    CHECK(s.region == QStringLiteral("R2"));
    CHECK(s.threshold == doctest::Approx(100.0));
    REQUIRE(s.entries.size() == 3);
    CHECK(s.entries[0].sector == QStringLiteral("A"));
    CHECK(s.entries[0].lq == doctest::Approx(1.2));
    CHECK(s.entries[0].embeddedness == doctest::Approx(50.0 / 0.7));
    CHECK(s.entries[0].quadrant == Quadrant::Threat);
    CHECK(s.entries[1].quadrant == Quadrant::Threat);
    CHECK(s.entries[2].quadrant == Quadrant::Weakness);
    // Threshold 50: A, B Strength (Sterkte), C Opportunity (Kans).
    s = swot(lq, emb, 1, 50.0);
    CHECK(s.threshold == 50.0);
    CHECK(s.entries[0].quadrant == Quadrant::Strength);
    CHECK(s.entries[1].quadrant == Quadrant::Strength);
    CHECK(s.entries[2].quadrant == Quadrant::Opportunity);
    // Region R1: LQ (0.4, 0.8, 1.4), embeddedness (28.57, 0, 0), median 0: A Kans, B Zwakte,
    // C Bedreiging.
    s = swot(lq, emb, 0);
    CHECK(s.threshold == 0.0);
    CHECK(quadrantName(s.entries[0].quadrant) == QStringLiteral("Kans"));
    CHECK(quadrantName(s.entries[1].quadrant) == QStringLiteral("Zwakte"));
    CHECK(quadrantName(s.entries[2].quadrant) == QStringLiteral("Bedreiging"));
    CHECK(quadrantName(Quadrant::Strength) == QStringLiteral("Sterkte"));
    CHECK_THROWS_AS(swot(lq, emb, 9), std::out_of_range);
}

TEST_CASE("alignSquare re-indexes by label and fills missing sectors with 0")
{
    const Matrix w = make({{0, 1}, {2, 0}}, {"B", "A"}, {"B", "A"});
    const Matrix a = alignSquare(w, {"A", "B", "C"});
    checkMatrix(a, {{0, 2, 0}, {1, 0, 0}, {0, 0, 0}});
}
