import { once };
