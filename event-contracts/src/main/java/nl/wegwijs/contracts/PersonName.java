package nl.wegwijs.contracts;

/** A person's name; the family name may be absent, as it is for some Eritrean and Afghan newcomers. */
public record PersonName(String givenNames, String familyName) {

    public PersonName {
        Require.text(givenNames, "givenNames");
    }
}
