"""The kind tests of :mod:`newslint.blocktext` at the edges of their quick refusals."""

from __future__ import annotations

from newslint import blocktext, model


def test_name_list_needs_six_items() -> None:
    assert blocktext.is_name_list("Ann Lee, Bo Park, Cy Dunn, Di Moss, Ed Hale, Flo Kemp")
    assert blocktext.is_name_list("Ann Lee; Bo Park; Cy Dunn; Di Moss; Ed Hale; Flo Kemp.")
    assert not blocktext.is_name_list("Ann Lee, Bo Park, Cy Dunn, Di Moss, Ed Hale and Flo Kemp")


def test_name_list_allows_one_in_five_items_that_are_not_names() -> None:
    names = ["Ann Lee", "Bo Park", "Cy Dunn", "Di Moss", "Ed Hale", "Flo Kemp", "Gus Ray", "Hal Ng"]
    other = "and the rest of the squad"
    assert blocktext.is_name_list(", ".join([*names[:5], other]))  # 5 of 6
    assert blocktext.is_name_list(", ".join([*names, other, other]))  # 8 of 10
    assert not blocktext.is_name_list(", ".join([*names[:7], other, other, other]))  # 7 of 10


def test_name_list_reads_words_outside_parentheses() -> None:
    line = "Ann Lee (the wicket keeper), Bo Park (a new cap today), Cy Dunn, Di Moss, Ed Hale, Flo"
    assert blocktext.is_name_list(line)
    assert not blocktext.is_name_list(line.replace("(", "").replace(")", ""))
    assert not blocktext.is_name_list(line.replace(")", ""))  # unclosed: the words count


def test_flattened_list_needs_five_dashed_items() -> None:
    five = "Plans: - Tax cuts - New roads - More nurses - Free buses - Cheaper rail"
    assert blocktext.is_flattened_list(five)
    assert blocktext.is_flattened_list(five.replace(" - ", " • "))
    assert not blocktext.is_flattened_list(five.replace(" - Cheaper rail", ""))
    assert not blocktext.is_flattened_list(five.replace(" - ", " and "))


def test_data_line_counts_figures_of_every_form() -> None:
    assert blocktext.is_data("Shr 55 cts vs 28 cts")
    assert blocktext.is_data("Pay May 15")
    assert blocktext.is_data("Net 1.2 mln vs nine mln")
    # A digit outside ASCII is a digit: "²" (str.isdigit) makes "m²" a figure.
    assert blocktext.is_data("Area 40 m² 55 m² 70 m²")
    assert not blocktext.is_data("Area forty square metres at most, the council said.")
    assert not blocktext.is_data("The firm said profits rose 2% to $11bn from $10bn in a year.")


def test_data_line_with_leading_figures_and_a_note() -> None:
    row = (
        "1987 1986 12.5 11.0 restated figures include disposal gains of unit sold in second quarter"
    )
    assert blocktext.is_data(row)
    later = (
        "restated figures include 1987 1986 12.5 11.0 disposal gains of unit sold in second quarter"
    )
    assert not blocktext.is_data(later)


def test_credit_line_only_when_short() -> None:
    assert blocktext.shape("Flood water in the square. Photo: Jo Smith", "") is None
    masked = "Flood water in the square. Photo: Jo Smith"
    assert blocktext.shape(masked, masked) == model.CAPTION
    long = "The water rose all night. " * 12 + "Photo: Jo Smith"
    assert blocktext.shape(long, long) is None
