package se.klockan.architecture.knot.b;

import se.klockan.architecture.knot.a.A;

/** The other half of a package cycle, for ArchitectureTests to find. */
public class B {

	A a;

}
