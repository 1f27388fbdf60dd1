package dev.jonvif.client.internal;

import java.util.List;

/** Runs a call through an ordered list of links; the last one must not call {@code proceed}. */
public final class InterceptorChain {

  private final List<Interceptor> links;

  public InterceptorChain(List<Interceptor> links) {
    this.links = List.copyOf(links);
  }

  public RawResponse execute(SoapCall call) {
    return new Link(0, call).run();
  }

  private final class Link implements Interceptor.Chain {
    private final int index;
    private final SoapCall call;

    Link(int index, SoapCall call) {
      this.index = index;
      this.call = call;
    }

    RawResponse run() {
      return links.get(index).intercept(this);
    }

    @Override
    public SoapCall call() {
      return call;
    }

    @Override
    public RawResponse proceed(SoapCall next) {
      if (index + 1 >= links.size()) {
        throw new IllegalStateException("the last link of the chain must not proceed");
      }
      return new Link(index + 1, next).run();
    }
  }
}
